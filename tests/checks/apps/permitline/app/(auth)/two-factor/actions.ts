"use server";

import { authenticator } from "otplib";
import { z } from "zod";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/secure-compare";
import { rateLimitByKey, authLimiter } from "@/lib/ratelimit";
import { logSecurityEvent } from "@/lib/audit";

async function pendingUserId() {
  const jar = await cookies();
  const pending = jar.get("pl_2fa_pending")?.value;
  if (!pending) redirect("/sign-in");
  const row = await prisma.session.findUnique({ where: { token: sha256(pending) }, select: { userId: true } });
  if (!row) redirect("/sign-in");
  return row.userId;
}

// ok: missing-auth, missing-audit-log, missing-input-validation
// ok: missing-rate-limit -- limited right after the pending-2FA session is resolved, before the code check
export async function verifyTotp(_prev: unknown, formData: FormData) {
  const userId = await pendingUserId();
  if (!(await rateLimitByKey(`totp:${userId}`, authLimiter))) return { error: "Too many attempts." };
  const { code } = z.object({ code: z.string().regex(/^[0-9]{6}$/) }).parse({ code: formData.get("code") });
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { totpSecret: true } });
  // ok: timing-unsafe-comparison
  const valid = user.totpSecret ? authenticator.check(code, user.totpSecret) : false;
  await logSecurityEvent(valid ? "login.2fa_ok" : "login.2fa_failed", { userId });
  // ok: information-disclosure
  if (!valid) return { error: "Invalid code." };
  redirect("/dashboard");
}

// ok: missing-audit-log, missing-input-validation
// ok: missing-auth -- the pending-2FA cookie, looked up in the session table and refused when absent, signs the caller in
// ok: missing-rate-limit -- limited right after the pending-2FA session is resolved, before the code check
export async function useRecoveryCode(_prev: unknown, formData: FormData) {
  const userId = await pendingUserId();
  if (!(await rateLimitByKey(`recovery:${userId}`, authLimiter))) return { error: "Too many attempts." };
  const code = z.string().min(8).max(20).parse(formData.get("recoveryCode"));
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { recoveryCodes: true } });
  const submittedHash = sha256(code.replace(/-/g, "").toLowerCase());
  // ruleid: timing-unsafe-comparison
  const match = user.recoveryCodes.find((storedHash) => storedHash === submittedHash);
  if (!match) {
    await logSecurityEvent("login.recovery_failed", { userId });
    return { error: "Invalid recovery code." };
  }
  await prisma.user.update({
    where: { id: userId },
    data: { recoveryCodes: user.recoveryCodes.filter((h) => h !== match) },
  });
  await logSecurityEvent("login.recovery_used", { userId });
  redirect("/settings/security");
}
