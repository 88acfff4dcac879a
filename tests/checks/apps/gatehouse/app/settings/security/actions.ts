"use server";

import { redirect } from "next/navigation";
import { verify } from "@node-rs/argon2";
import { verifyTOTP } from "@oslojs/otp";
import { decodeBase32 } from "@oslojs/encoding";
import { prisma } from "@/lib/db/prisma";
import { validateRequest } from "@/lib/auth";
import { authLimiter } from "@/lib/rate-limit";
import { logSecurityEvent } from "@/lib/audit";

// ok: missing-auth, missing-audit-log, missing-rate-limit, missing-input-validation
export async function enableTwoFactor(_prev: unknown, formData: FormData) {
  const { user } = await validateRequest();
  if (!user) return { error: "Your session expired. Sign in again." };
  const { success } = await authLimiter.limit(`2fa-enable:${user.id}`);
  if (!success) return { error: "Too many attempts." };

  const code = formData.get("code");
  if (typeof code !== "string" || !/^\d{6}$/.test(code)) return { error: "Enter the 6-digit code from your app." };

  const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpPendingSecret: true } });
  if (!row.totpPendingSecret) return { error: "Start the setup again." };
  if (!verifyTOTP(decodeBase32(row.totpPendingSecret), 30, 6, code)) return { error: "That code didn't match." };

  await prisma.user.update({
    where: { id: user.id },
    data: { totpSecret: row.totpPendingSecret, totpPendingSecret: null, totpEnabled: true },
    select: { id: true },
  });
  await logSecurityEvent({ actorId: user.id, action: "2fa.enabled" });
  return { success: "Two-factor authentication is on." };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log, missing-rate-limit
export async function disableTwoFactor(_prev: unknown, formData: FormData) {
  const { user } = await validateRequest();
  if (!user) redirect("/login");

  const password = formData.get("password");
  if (typeof password !== "string" || password.length === 0) return { error: "Enter your password." };
  const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verify(row.passwordHash, password))) return { error: "Wrong password." };

  await prisma.user.update({
    where: { id: user.id },
    data: { totpEnabled: false, totpSecret: null },
    select: { id: true },
  });
  return { success: "Two-factor authentication is off." };
}

async function ownsPasskey(userId: string, passkeyId: string) {
  const passkey = await prisma.passkey.findUnique({ where: { id: passkeyId }, select: { userId: true } });
  return passkey?.userId === userId;
}

// ok: missing-auth, missing-input-validation
export async function removePasskey(passkeyId: string) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  if (typeof passkeyId !== "string" || passkeyId.length > 40) throw new Error("Bad passkey id");

  // ruleid: floating-auth-check
  if (!ownsPasskey(user.id, passkeyId)) {
    throw new Error("That passkey isn't yours.");
  }
  // ruleid: missing-authorization
  await prisma.passkey.delete({ where: { id: passkeyId } });
  return { removed: true };
}

// ok: missing-auth, missing-input-validation
export async function renamePasskey(passkeyId: string, label: string) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  if (typeof passkeyId !== "string" || typeof label !== "string" || label.length > 40) throw new Error("Bad input");
  // ok: floating-auth-check
  if (!(await ownsPasskey(user.id, passkeyId))) throw new Error("That passkey isn't yours.");
  // ok: missing-authorization
  await prisma.passkey.update({ where: { id: passkeyId }, data: { name: label.trim() }, select: { id: true } });
  return { renamed: label };
}

// ok: missing-auth
export async function listMySessions() {
  const { user } = await validateRequest();
  if (!user) return [];
  const sessions = await prisma.session.findMany({ where: { userId: user.id }, orderBy: { expiresAt: "desc" } });
  // ruleid: excessive-data-exposure
  return sessions;
}
