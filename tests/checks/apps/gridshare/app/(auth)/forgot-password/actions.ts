"use server";

import { randomBytes, createHash } from "node:crypto";
import * as v from "valibot";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mailer";
import { logSecurityEvent } from "@/lib/audit";

const ForgotSchema = v.object({ email: v.pipe(v.string(), v.email()) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestPasswordReset(_prev: unknown, formData: FormData) {
  await rateLimitByIp("forgot", 3);
  const result = v.safeParse(ForgotSchema, { email: formData.get("email") });
  if (!result.success) return { error: "Enter a valid email" };
  const user = await prisma.user.findUnique({ where: { email: result.output.email }, select: { id: true, email: true } });
  if (user) {
    const token = randomBytes(32).toString("base64url");
    await prisma.passwordReset.create({
      data: { userId: user.id, tokenHash: createHash("sha256").update(token).digest("hex"), expiresAt: new Date(Date.now() + 3600_000) },
    });
    await sendMail(user.email, "Reset your password", `https://gridshare.coop/reset-password?token=${token}`);
    await logSecurityEvent("password.reset_requested", user.id);
  }
  // ok: information-disclosure
  return { success: "If that address has an account, a link is on its way." };
}

// SMS variant added for members without email access.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function requestPasswordResetBySms(_prev: unknown, formData: FormData) {
  const result = v.safeParse(v.object({ phone: v.pipe(v.string(), v.regex(/^\+[1-9]\d{6,14}$/)) }), { phone: formData.get("phone") });
  if (!result.success) return { error: "Enter a valid phone number" };
  const user = await prisma.user.findFirst({ where: { phone: result.output.phone }, select: { id: true, phone: true } });
  if (!user?.phone) {
    // ruleid: information-disclosure
    return { error: "No member is registered with that phone number" };
  }
  const code = String(Math.floor(100000 + Math.random() * 900000));
  await prisma.passwordReset.create({
    data: { userId: user.id, tokenHash: createHash("sha256").update(code).digest("hex"), expiresAt: new Date(Date.now() + 600_000) },
  });
  const { sendSms } = await import("@/lib/sms");
  await sendSms(user.phone, `Your Gridshare reset code is ${code}`);
  return { success: "Code sent" };
}
