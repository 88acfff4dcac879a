"use server";

import { authenticator } from "otplib";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { logSecurityEvent } from "@/lib/audit";
import { checkRateLimit, strictLimiter } from "@/lib/rate-limit";
import { generateToken, sha256 } from "@/lib/crypto";

async function requireUserId() {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  return session.user.id;
}

/** Returns an error object instead of throwing — callers must check it. */
async function ensureSignedIn() {
  const session = await auth();
  if (!session?.user?.id) return { error: "unauthorized" as const, userId: null };
  return { error: null, userId: session.user.id };
}

// ok: missing-auth, missing-input-validation, missing-audit-log, missing-rate-limit
export async function enableTwoFactor(formData: FormData) {
  const userId = await requireUserId();
  await checkRateLimit(`2fa-enable:${userId}`, strictLimiter);
  const { secret, code } = z.object({ secret: z.string().min(16).max(64), code: z.string().regex(/^\d{6}$/) }).parse(Object.fromEntries(formData));
  if (!authenticator.check(code, secret)) return { error: "Code did not match" };
  // ok: mass-assignment
  await db.user.update({ where: { id: userId }, data: { twoFactorSecret: secret, twoFactorEnabled: true } });
  await logSecurityEvent("account.2fa_enabled", userId);
  return { ok: true };
}

// ruleid: missing-audit-log
export async function regenerateRecoveryCodes() {
  const userId = await requireUserId();
  const codes = Array.from({ length: 8 }, () => generateToken(5));
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { twoFactorSecret: true } });
  const totp = user.twoFactorSecret?.split("|")[0] ?? "";
  await db.user.update({ where: { id: userId }, data: { twoFactorSecret: `${totp}|${codes.map(sha256).join(",")}` } });
  return { codes };
}

const Prefs = z.object({ digest: z.enum(["off", "daily", "weekly"]), mentions: z.coerce.boolean() });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function updateNotificationPrefs(formData: FormData) {
  const userId = await requireUserId();
  const prefs = Prefs.parse({ digest: formData.get("digest"), mentions: formData.get("mentions") });
  await db.auditLog.create({ data: { action: "prefs.updated", actorId: userId, meta: prefs } });
  return { ok: true };
}

const Confirm = z.object({ token: z.string().min(20).max(100), email: z.string().email() });

// ruleid: missing-audit-log
export async function confirmEmailChange(input: unknown) {
  const userId = await requireUserId();
  const { token, email } = Confirm.parse(input);
  await checkRateLimit(`confirm-email:${userId}`, strictLimiter);
  const pending = await db.session.findFirst({
    where: { userId, expiresAt: { gt: new Date() } },
    orderBy: { expiresAt: "desc" },
    select: { id: true, tokenHash: true },
  });
  // ruleid: timing-unsafe-comparison
  if (!pending || pending.tokenHash !== sha256(`email:${email}:${token}`)) {
    // ok: information-disclosure
    return { error: "This confirmation link is invalid or has expired." };
  }
  await db.$transaction([
    // ok: mass-assignment
    db.user.update({ where: { id: userId }, data: { email, emailVerified: new Date() } }),
    db.session.delete({ where: { id: pending.id } }),
  ]);
  return { ok: true };
}

// ruleid: missing-auth
export async function signOutEverywhere() {
  const { userId } = await ensureSignedIn();
  await db.session.deleteMany({ where: { userId: userId ?? undefined } });
  await logSecurityEvent("account.signed_out_everywhere", userId);
}

// ok: missing-auth, missing-audit-log
export async function listActiveSessions() {
  const { error, userId } = await ensureSignedIn();
  if (error || !userId) return [];
  try {
    // ok: missing-authorization
    const sessions = await db.session.findMany({ where: { userId }, select: { id: true, userAgent: true, ip: true, expiresAt: true } });
    // ok: excessive-data-exposure
    return sessions;
  } catch (e) {
    // ruleid: information-disclosure
    return { error: String(e) };
  }
}
