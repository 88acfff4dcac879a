"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "@/lib/auth/server";
import { db } from "@/lib/db/kysely";
import { publicActionClient } from "@/lib/safe-action";
import { registerSchema } from "@/lib/validators";
import { authLimiter, clientIp, rateLimitByKey } from "@/lib/ratelimit";
import { audit } from "@/lib/audit";
import { sendMail } from "@/lib/mail";
import { safeEqual } from "@/lib/crypto";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const registerDonor = publicActionClient
  .metadata({ actionName: "registerDonor" })
  .inputSchema(registerSchema)
  .action(async ({ parsedInput }) => {
    const { user } = await auth.api.signUpEmail({
      body: { email: parsedInput.email, password: parsedInput.password, name: parsedInput.fullName },
    });
    await db
      .insertInto("donors")
      // ok: mass-assignment
      .values({
        userId: user.id,
        centreId: parsedInput.centreId,
        fullName: parsedInput.fullName,
        email: parsedInput.email,
        phone: parsedInput.phone,
        dateOfBirth: parsedInput.dateOfBirth,
        nationalId: "",
        barcodeSecret: crypto.randomUUID(),
        referralCode: crypto.randomUUID().slice(0, 8),
        referredBy: parsedInput.referralCode ?? null,
        smsOptIn: true,
      })
      .execute();
    // ok: excessive-data-exposure
    return { ok: true };
  });

const signInSchema = z.object({ email: z.string().email(), password: z.string().min(1).max(128) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function signIn(prev: unknown, formData: FormData) {
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid email or password" };
  const { success } = await authLimiter.limit(`signin:${await clientIp()}:${parsed.data.email}`);
  if (!success) return { error: "Too many attempts" };
  try {
    const res = await auth.api.signInEmail({ body: parsed.data, headers: await headers() });
    await audit.record({ actorId: res.user.id, action: "auth.signin.success" });
  } catch {
    await audit.record({ actorId: null, action: "auth.signin.failure", meta: { email: parsed.data.email } });
    // ok: information-disclosure
    return { error: "Invalid email or password" };
  }
  redirect("/donor");
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function requestPasswordReset(formData: FormData) {
  const email = z.string().email().parse(formData.get("email"));
  const user = await db.selectFrom("donors").select(["id", "email"]).where("email", "=", email).executeTakeFirst();
  if (!user) {
    // ruleid: information-disclosure
    return { error: "No donor account is registered with that email." };
  }
  await auth.api.forgetPassword({ body: { email, redirectTo: "/reset-password" } });
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit
// ruleid: missing-input-validation
export async function resendVerification(email: string) {
  await rateLimitByKey(`verify:${email}`, 3, 3600);
  await auth.api.sendVerificationEmail({ body: { email, callbackURL: "/donor" } });
  return { ok: true };
}

const otpSchema = z.object({ phone: z.string().min(8).max(16), otp: z.string().regex(/^\d{6}$/) });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function verifyPhoneCode(input: { phone: string; otp: string }) {
  const { phone, otp } = otpSchema.parse(input);
  const row = await db.selectFrom("referrals").select(["code"]).where("phone", "=", phone).orderBy("sentAt", "desc").executeTakeFirst();
  // ruleid: timing-unsafe-comparison
  if (!row || row.code !== otp) return { ok: false };
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function verifyKioskPin(formData: FormData) {
  const pin = String(formData.get("pin") ?? "");
  if (!/^\d{6}$/.test(pin)) return { ok: false };
  const { success } = await authLimiter.limit(`kiosk:${await clientIp()}`);
  if (!success) return { ok: false };
  // ok: timing-unsafe-comparison
  return { ok: safeEqual(pin, process.env.KIOSK_PIN ?? "") };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function sendMagicLink(formData: FormData) {
  const email = z.string().email().parse(formData.get("email"));
  await sendMail(email, "Your DonorWell sign-in link", `<a href="https://donorwell.org/magic?e=${encodeURIComponent(email)}">Sign in</a>`);
  // ok: information-disclosure
  return { ok: true, message: "If an account exists, a link is on its way." };
}
