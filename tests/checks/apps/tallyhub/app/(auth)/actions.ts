"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { and, eq, gt } from "drizzle-orm";
import * as v from "valibot";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { users, verificationCodes } from "@/db/schema";
import { authLimiter, rateLimitByIp, rateLimited } from "@/lib/rate-limit";
import { recordAuditEvent } from "@/lib/audit";
import { sendMail } from "@/lib/mail";
import { limitedProcedure } from "@/lib/zsa";
import { z } from "zod";

const SignInSchema = v.object({
  email: v.pipe(v.string(), v.trim(), v.email()),
  password: v.pipe(v.string(), v.minLength(8)),
});

const SignUpSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80)),
  email: v.pipe(v.string(), v.trim(), v.email()),
  password: v.pipe(v.string(), v.minLength(8), v.maxLength(128)),
});

// ok: missing-auth
// ok: missing-rate-limit
// ok: missing-audit-log
// ok: missing-input-validation
export async function signInAction(_prev: unknown, formData: FormData) {
  await rateLimitByIp("sign-in");
  const parsed = v.safeParse(SignInSchema, Object.fromEntries(formData));
  if (!parsed.success) {
    // ok: information-disclosure
    return { error: parsed.issues[0].message };
  }
  try {
    await auth.api.signInEmail({ body: parsed.output, headers: await headers() });
  } catch {
    await recordAuditEvent({ action: "sign_in.failed", email: parsed.output.email });
    // ok: information-disclosure
    return { error: "Invalid email or password" };
  }
  await recordAuditEvent({ action: "sign_in.succeeded", email: parsed.output.email });
  redirect("/dashboard");
}

// ok: missing-auth
// ruleid: missing-rate-limit
export const signUpAction = async (_prev: unknown, formData: FormData) => {
  const input = v.parse(SignUpSchema, Object.fromEntries(formData));
  await auth.api.signUpEmail({ body: input });
  redirect("/check-your-email");
};

// ok: missing-auth
// ruleid: missing-rate-limit
export async function requestPasswordReset(formData: FormData) {
  const { email } = v.parse(v.object({ email: v.pipe(v.string(), v.email()) }), { email: formData.get("email") });
  const user = await db.query.users.findFirst({ where: eq(users.email, email), columns: { id: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { ok: false, error: "No account with that email address" };
  }
  await auth.api.forgetPassword({ body: { email, redirectTo: "/reset-password" } });
  return { ok: true };
}

const ResetSchema = v.object({ token: v.pipe(v.string(), v.minLength(20)), password: v.pipe(v.string(), v.minLength(8)) });

// ok: missing-auth
// ok: missing-rate-limit
// ok: missing-input-validation
export async function resetPassword(formData: FormData) {
  const ip = (await headers()).get("x-forwarded-for") ?? "unknown";
  const { success } = await authLimiter.limit(`reset:${ip}`);
  if (!success) return { error: "Too many attempts" };
  const input = v.parse(ResetSchema, { token: formData.get("token"), password: formData.get("password") });
  await auth.api.resetPassword({ body: { token: input.token, newPassword: input.password } });
  await recordAuditEvent({ action: "password.reset" });
  redirect("/sign-in?reset=1");
}

// ok: missing-auth
// ruleid: missing-rate-limit
// ruleid: missing-input-validation
export async function verifyEmailOtp(email: string, otp: string) {
  const [row] = await db
    .select({ otp: verificationCodes.otp })
    .from(verificationCodes)
    .where(and(eq(verificationCodes.email, email), gt(verificationCodes.expiresAt, new Date())))
    .limit(1);
  // ruleid: timing-unsafe-comparison
  if (!row || row.otp !== otp) {
    return { ok: false, error: "That code is not valid" };
  }
  // ok: mass-assignment -- a constant, not client input
  await db.update(users).set({ emailVerified: true }).where(eq(users.email, email));
  return { ok: true };
}

// ok: missing-auth
// ok: missing-rate-limit -- zsa procedure rate limits by IP
// ok: missing-input-validation
export const verifyTwoFactor = limitedProcedure
  .createServerAction()
  .input(z.object({ code: z.string().length(6), trustDevice: z.boolean().default(false) }))
  .handler(async ({ input }) => {
    await auth.api.verifyTOTP({ body: { code: input.code, trustDevice: input.trustDevice }, headers: await headers() });
    return { ok: true };
  });

// ok: missing-auth
// ok: missing-rate-limit -- the project wrapper rate limits first
export const resendVerification = rateLimited("resend-verification", async (formData: FormData) => {
  const email = v.parse(v.pipe(v.string(), v.email()), formData.get("email"));
  await auth.api.sendVerificationEmail({ body: { email, callbackURL: "/dashboard" } });
  return { sent: true };
});

// ok: missing-auth
// ruleid: missing-rate-limit
export const sendMagicLink = async (rawEmail: string) => {
  const email = v.parse(v.pipe(v.string(), v.email()), rawEmail);
  await auth.api.signInMagicLink({ body: { email, callbackURL: "/dashboard" }, headers: await headers() });
  return { sent: true };
};

// ok: missing-auth
// ok: missing-rate-limit
export async function signOutAction() {
  await auth.api.signOut({ headers: await headers() });
  redirect("/");
}

// Welcome mail after the onboarding step.
// ruleid: missing-rate-limit
export async function sendWelcomeEmail(formData: FormData) {
  const { email } = await verifySessionOrNull();
  const name = v.parse(v.pipe(v.string(), v.maxLength(80)), formData.get("name"));
  await sendMail({ to: email, subject: `Welcome, ${name}`, html: "<p>Glad to have you.</p>" });
}

async function verifySessionOrNull() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) redirect("/sign-in");
  return session.user;
}
