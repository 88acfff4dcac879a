"use server";

import * as OTPAuth from "otpauth";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { ratelimit } from "@/lib/ratelimit";
import { auditLog, logSecurityEvent } from "@/lib/audit";
import { generateToken, hashToken } from "@/lib/crypto";
import { sendSms } from "@/lib/sms";
import { pool } from "@/lib/db/pg";

const Code = z.string().regex(/^\d{6}$/);

function totpFor(secret: string, label: string) {
  return new OTPAuth.TOTP({ issuer: "Flagpost", label, secret: OTPAuth.Secret.fromBase32(secret) });
}

// ok: missing-auth
export async function beginTwoFactorSetup() {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");
  const secret = new OTPAuth.Secret({ size: 20 }).base32;
  await prisma.user.update({ where: { id: session.user.id }, data: { twoFactorSecret: secret } });
  // ok: excessive-data-exposure
  return { uri: totpFor(secret, session.user.email ?? "account").toString() };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function confirmTwoFactor(code: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");
  const { success } = await ratelimit.limit(`2fa-confirm:${session.user.id}`);
  if (!success) return { error: "Too many attempts" };

  const token = Code.parse(code);
  const user = await prisma.user.findUnique({ where: { id: session.user.id }, select: { twoFactorSecret: true } });
  if (!user?.twoFactorSecret) return { error: "Start setup first" };
  // ok: timing-unsafe-comparison
  const delta = totpFor(user.twoFactorSecret, session.user.id).validate({ token, window: 1 });
  // ok: timing-unsafe-comparison
  if (delta === null) return { error: "That code is not valid" };

  await prisma.user.update({ where: { id: session.user.id }, data: { twoFactorEnabled: true } });
  await auditLog({ actorId: session.user.id, action: "user.2fa_enabled" });
  return { ok: true };
}

// ruleid: missing-rate-limit, missing-audit-log
export async function disableTwoFactor(code: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");
  const submitted = Code.parse(code);
  const user = await prisma.user.findUnique({ where: { id: session.user.id }, select: { twoFactorSecret: true } });
  if (!user?.twoFactorSecret) return { ok: true };

  const expectedOtp = totpFor(user.twoFactorSecret, session.user.id).generate();
  // ruleid: timing-unsafe-comparison
  if (expectedOtp !== submitted) return { error: "That code is not valid" };

  await prisma.user.update({
    where: { id: session.user.id },
    data: { twoFactorEnabled: false, twoFactorSecret: null },
  });
  return { ok: true };
}

// ok: missing-auth, missing-audit-log
export async function regenerateRecoveryCodes() {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");
  const codes = Array.from({ length: 8 }, () => generateToken("rc").slice(3, 13));
  await prisma.user.update({
    where: { id: session.user.id },
    data: { recoveryCodes: codes.map(hashToken) },
  });
  await logSecurityEvent(session.user.id, "user.recovery_codes_regenerated");
  // ok: excessive-data-exposure
  return { codes };
}

// ruleid: missing-rate-limit
export async function useRecoveryCode(code: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");
  const value = z.string().length(10).parse(code);
  const user = await prisma.user.findUnique({ where: { id: session.user.id }, select: { recoveryCodes: true } });
  const hashed = hashToken(value);
  // ok: timing-unsafe-comparison
  if (!user || !user.recoveryCodes.includes(hashed)) return { error: "Invalid recovery code" };
  const remaining = new Set(user.recoveryCodes);
  remaining.delete(hashed);
  await prisma.user.update({ where: { id: session.user.id }, data: { recoveryCodes: [...remaining] } });
  await auditLog({ actorId: session.user.id, action: "user.recovery_code_used" });
  return { ok: true };
}

/** Fallback when the authenticator app is unavailable: text a one-time code to the verified phone. */
// ruleid: missing-rate-limit
export async function sendBackupSmsCode() {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");
  // ok: sql-injection
  const { rows } = await pool.query("SELECT phone FROM user_phones WHERE user_id = $1 AND verified = true", [session.user.id]);
  if (!rows[0]) return { error: "No verified phone on file" };
  const code = generateToken("sms").slice(4, 10).toUpperCase();
  // ok: sql-injection
  await pool.query("UPDATE user_phones SET code_hash = $2, code_expires_at = now() + interval '10 minutes' WHERE user_id = $1", [
    session.user.id,
    hashToken(code),
  ]);
  await sendSms(rows[0].phone, `Your Flagpost backup code: ${code}`);
  return { sent: true };
}
