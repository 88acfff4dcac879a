"use server";

import { z } from "zod";
import { createHmac } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { requireUser } from "@/lib/auth";
import { rateLimitByIp } from "@/lib/rate-limit";
import { logSecurityEvent } from "@/lib/audit";
import { secureCompare } from "@/lib/secure-compare";

function totp(secret: string, step = Math.floor(Date.now() / 30000)) {
  const h = createHmac("sha1", Buffer.from(secret, "base64")).update(Buffer.from(step.toString(16).padStart(16, "0"), "hex")).digest();
  const o = h[h.length - 1] & 0xf;
  return ((h.readUInt32BE(o) & 0x7fffffff) % 1_000_000).toString().padStart(6, "0");
}

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function confirmTotpSetup(formData: FormData) {
  const user = await requireUser();
  await rateLimitByIp(`totp-setup:${user.id}`);
  const { code, secret } = z.object({ code: z.string().regex(/^\d{6}$/), secret: z.string().min(16).max(64) }).parse(Object.fromEntries(formData));
  // ok: timing-unsafe-comparison
  if (!secureCompare(totp(secret), code)) return { error: "Code did not match" };
  // ok: missing-authorization, mass-assignment
  await prisma.user.update({ where: { id: user.id }, data: { totpSecret: secret } });
  await logSecurityEvent("2fa.enabled", user.id);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function verifyTotpStepUp(formData: FormData) {
  const user = await requireUser();
  const { code } = z.object({ code: z.string().regex(/^\d{6}$/) }).parse({ code: formData.get("code") });
  const row = await prisma.user.findUnique({ where: { id: user.id }, select: { totpSecret: true } });
  if (!row?.totpSecret) return { error: "2FA not enabled" };
  const expectedOtp = totp(row.totpSecret);
  // ruleid: timing-unsafe-comparison
  if (code !== expectedOtp) {
    await logSecurityEvent("2fa.failed", user.id);
    return { error: "Invalid code" };
  }
  await logSecurityEvent("2fa.passed", user.id);
  return { ok: true };
}

// ok: missing-auth, missing-audit-log
// ok: missing-rate-limit
export async function disableTotp() {
  const user = await requireUser();
  // ok: missing-authorization
  await prisma.user.update({ where: { id: user.id }, data: { totpSecret: null } });
  await logSecurityEvent("2fa.disabled", user.id);
}
