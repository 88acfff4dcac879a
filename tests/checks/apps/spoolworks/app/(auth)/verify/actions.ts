"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { throttledActionClient } from "@/lib/safe-action";
import { logger } from "@/lib/logger";

const OtpSchema = z.object({ phone: z.string().regex(/^\+[1-9]\d{7,14}$/), token: z.string().regex(/^\d{6}$/) });

// why: OTP verification with no attempt limit (6-digit codes can be brute-forced)
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function verifyPhoneOtp(_prev: unknown, formData: FormData) {
  const parsed = OtpSchema.safeParse({ phone: formData.get("phone"), token: formData.get("token") });
  if (!parsed.success) return { error: "Enter the 6-digit code." };
  const supabase = await createClient();
  const { error } = await supabase.auth.verifyOtp({ phone: parsed.data.phone, token: parsed.data.token, type: "sms" });
  if (error) {
    logger.warn({ event: "maker.otp_failed", phone: parsed.data.phone }, "otp failed");
    // ok: information-disclosure
    return { error: "That code is invalid or expired." };
  }
  logger.info({ event: "maker.otp_verified" }, "otp verified");
  redirect("/dashboard");
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export const resendVerification = throttledActionClient
  .metadata({ actionName: "resendVerification" })
  .schema(z.object({ email: z.string().email() }))
  .action(async ({ parsedInput }) => {
    const supabase = await createClient();
    await supabase.auth.resend({ type: "signup", email: parsedInput.email });
    return { sent: true };
  });
