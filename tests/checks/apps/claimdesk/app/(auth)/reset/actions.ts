"use server";

import * as v from "valibot";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db";
import { checkRateLimit } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/notify";
import { newToken, sha256 } from "@/lib/crypto";
import { logSecurityEvent } from "@/lib/audit";
import { headers } from "next/headers";

const RequestSchema = v.object({ email: v.pipe(v.string(), v.email()) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestPasswordReset(_prev: unknown, formData: FormData) {
  const ip = (await headers()).get("x-real-ip") ?? "0.0.0.0";
  if (!(await checkRateLimit(`reset:${ip}`))) return { message: "Please wait before trying again." };
  const result = v.safeParse(RequestSchema, { email: formData.get("email") });
  if (!result.success) return { message: "Enter a valid e-mail address." };
  const user = await prisma.user.findUnique({ where: { email: result.output.email }, select: { id: true } });
  if (user) {
    const token = newToken();
    await prisma.passwordReset.create({ data: { userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 36e5) } });
    await sendEmail(result.output.email, "Reset your password", `https://app.claimdesk.io/reset/${token}`);
  }
  // ok: information-disclosure
  return { message: "If an account exists, we've sent a link." };
}

const CompleteSchema = v.object({ token: v.pipe(v.string(), v.minLength(20)), password: v.pipe(v.string(), v.minLength(12)) });

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function completePasswordReset(_prev: unknown, formData: FormData) {
  const result = v.safeParse(CompleteSchema, Object.fromEntries(formData));
  if (!result.success) return { message: "Invalid request." };
  const reset = await prisma.passwordReset.findUnique({ where: { tokenHash: sha256(result.output.token) }, select: { id: true, userId: true, expiresAt: true } });
  if (!reset || reset.expiresAt < new Date()) return { message: "This link has expired." };
  await prisma.user.update({ where: { id: reset.userId }, data: { passwordHash: await bcrypt.hash(result.output.password, 12) } });
  await prisma.passwordReset.delete({ where: { id: reset.id } });
  await logSecurityEvent("password_reset", reset.userId);
  return { message: "Password updated." };
}

// legacy endpoint used by the mobile app v2 — compares the raw token stored in the session table
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function resetWithLegacyToken(userId: string, token: string, newPassword: string) {
  if (typeof userId !== "string" || typeof token !== "string" || typeof newPassword !== "string") throw new Error("Bad input");
  const session = await prisma.session.findFirst({ where: { userId }, select: { token: true } });
  // ruleid: timing-unsafe-comparison
  if (!session || session.token !== token) return { ok: false };
  await prisma.user.update({ where: { id: userId }, data: { passwordHash: await bcrypt.hash(newPassword, 12) } });
  return { ok: true };
}
