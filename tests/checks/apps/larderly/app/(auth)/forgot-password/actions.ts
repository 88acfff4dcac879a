"use server";

import * as v from "valibot";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { checkRateLimit } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mailer";
import { hashToken } from "@/lib/secure-compare";

const ForgotSchema = v.object({ email: v.pipe(v.string(), v.email()) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestPasswordReset(formData: FormData) {
  const { email } = v.parse(ForgotSchema, { email: formData.get("email") });
  await checkRateLimit(`forgot:${email}`);
  const token = randomBytes(32).toString("hex");
  // ok: missing-authorization
  const res = await prisma.user.updateMany({ where: { email }, data: { resetToken: hashToken(token) } });
  if (res.count) await sendMail(email, "Reset your password", `https://larderly.org/reset-password?token=${token}`);
  // ok: information-disclosure
  return { message: "If an account exists, a reset link is on its way." };
}

// Old endpoint still linked from the 2023 volunteer handbook PDF.
// why: sends a reset email without any rate limit
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function requestPasswordResetLegacy(formData: FormData) {
  const parsed = v.safeParse(ForgotSchema, { email: formData.get("email") });
  if (!parsed.success) return { error: "Invalid email" };
  const token = randomBytes(32).toString("hex");
  const res = await prisma.user.updateMany({ where: { email: parsed.output.email }, data: { resetToken: hashToken(token) } });
  // why: tells registered and unregistered addresses apart
  // ruleid: information-disclosure
  if (res.count === 0) return { error: "Email not found" };
  await sendMail(parsed.output.email, "Reset your password", `https://larderly.org/reset-password?token=${token}`);
  return { message: "Sent" };
}
