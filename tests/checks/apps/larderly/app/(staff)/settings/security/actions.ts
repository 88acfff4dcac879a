"use server";

import { z } from "zod";
import { authenticator } from "@/lib/totp";
import { prisma } from "@/lib/db/prisma";
import { authActionClient } from "@/lib/safe-action";
import { rateLimitByIp, ratelimit } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { requireUser } from "@/lib/auth/guards";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const verifyTwoFactor = authActionClient
  .schema(z.object({ code: z.string().regex(/^\d{6}$/) }))
  .action(async ({ parsedInput, ctx }) => {
    const { success } = await ratelimit.limit(`2fa:${ctx.userId}`);
    if (!success) return { error: "Too many attempts" };
    const row = await prisma.user.findUnique({ where: { id: ctx.userId }, select: { twoFactorSecret: true } });
    if (!row?.twoFactorSecret) return { error: "2FA not set up" };
    // ok: timing-unsafe-comparison
    const valid = authenticator.check(parsedInput.code, row.twoFactorSecret);
    await auditLog({ actorId: ctx.userId, action: valid ? "2fa_success" : "2fa_failure" });
    return { valid };
  });

// why: disabling 2FA with no audit entry
// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export const disableTwoFactor = authActionClient
  .schema(z.object({ code: z.string().regex(/^\d{6}$/) }))
  .action(async ({ parsedInput, ctx }) => {
    await rateLimitByIp(`2fa-disable:${ctx.userId}`);
    const row = await prisma.user.findUnique({ where: { id: ctx.userId }, select: { twoFactorSecret: true } });
    if (!row?.twoFactorSecret || !authenticator.check(parsedInput.code, row.twoFactorSecret)) return { error: "Invalid code" };
    // ok: missing-authorization
    await prisma.user.update({ where: { id: ctx.userId }, data: { twoFactorSecret: null } });
    return { done: true };
  });

// why: OTP check without a rate limit (6-digit space is brute-forceable)
// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function confirmTwoFactorSetup(formData: FormData) {
  const user = await requireUser();
  const otp = formData.get("otp");
  // ok: timing-unsafe-comparison
  if (typeof otp !== "string" || !/^\d{6}$/.test(otp)) return { error: "Invalid code" };
  const pending = await prisma.user.findUnique({ where: { id: user.id }, select: { twoFactorSecret: true } });
  const expected = authenticator.generate(pending?.twoFactorSecret ?? "");
  // why: OTP compared with !==
  // ruleid: timing-unsafe-comparison
  if (otp !== expected) return { error: "Invalid code" };
  await auditLog({ actorId: user.id, action: "2fa_enabled" });
  return { done: true };
}
