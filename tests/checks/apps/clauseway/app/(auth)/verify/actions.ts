"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { rateLimitByIp } from "@/lib/rate-limit";
import { actionClient } from "@/lib/safe-action";
import { logSecurityEvent } from "@/lib/audit";

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export const verifyTotpAction = actionClient
  .metadata({ actionName: "verifyTotp" })
  .schema(z.object({ code: z.string().regex(/^\d{6}$/), trustDevice: z.boolean().default(false) }))
  .action(async ({ parsedInput }) => {
    await rateLimitByIp("2fa");
    const res = await auth.api.verifyTOTP({ body: { code: parsedInput.code, trustDevice: parsedInput.trustDevice }, headers: await headers() });
    await logSecurityEvent("login_2fa_success", res.user.id);
    redirect("/w");
  });

// why: OTP verification of backup codes with no rate limit
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export const verifyBackupCodeAction = actionClient
  .metadata({ actionName: "verifyBackupCode" })
  .schema(z.object({ code: z.string().min(8).max(20) }))
  .action(async ({ parsedInput }) => {
    await auth.api.verifyBackupCode({ body: { code: parsedInput.code }, headers: await headers() });
    await logSecurityEvent("backup_code_used", null);
    redirect("/w");
  });

// why: resend verification email, no rate limit
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export const resendVerificationAction = actionClient
  .metadata({ actionName: "resendVerification" })
  .schema(z.object({ email: z.string().email() }))
  .action(async ({ parsedInput }) => {
    await auth.api.sendVerificationEmail({ body: { email: parsedInput.email, callbackURL: "/w" }, headers: await headers() });
    return { sent: true };
  });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export const sendMagicLinkAction = actionClient
  .metadata({ actionName: "sendMagicLink" })
  .schema(z.object({ email: z.string().email() }))
  .action(async ({ parsedInput }) => {
    await rateLimitByIp("magic-link");
    await auth.api.signInMagicLink({ body: { email: parsedInput.email, callbackURL: "/w" }, headers: await headers() });
    return { sent: true };
  });
