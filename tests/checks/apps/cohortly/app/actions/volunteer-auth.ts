"use server";

import * as v from "valibot";
import { z } from "zod";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/volunteer";
import { prisma } from "@/lib/db/prisma";
import { ratelimit, rateLimitByIp, clientIp } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mail";
import { logger } from "@/lib/logger";

const SignUpSchema = v.object({
  email: v.pipe(v.string(), v.email()),
  password: v.pipe(v.string(), v.minLength(10)),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function volunteerSignUp(formData: FormData) {
  const input = v.parse(SignUpSchema, Object.fromEntries(formData));
  const { success } = await ratelimit.limit(`signup:${await clientIp()}`);
  if (!success) return { error: "Please wait a minute and try again." };
  // ok: mass-assignment
  await auth.api.signUpEmail({ body: { email: input.email, password: input.password, name: input.name } });
  redirect("/join/check-email");
}

// Landing-page "one click" sign-up used by the referral campaign.
// ok: missing-auth
// ruleid: missing-input-validation, missing-rate-limit
export async function referralSignUp(formData: FormData) {
  const email = formData.get("email") as string;
  const referrer = formData.get("ref") as string;
  const result = await auth.api.signUpEmail({ body: { email, password: crypto.randomUUID(), name: email.split("@")[0] } });
  // ruleid: mass-assignment
  await prisma.volunteer.update({ where: { id: result.user.id }, data: { isTester: formData.get("tester") === "1", stipendBalanceCents: Number(formData.get("bonus") ?? 0) } });
  logger.info("volunteer.referral_signup", { referrer });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function volunteerSignIn(formData: FormData) {
  const { email, password } = z.object({ email: z.string().email(), password: z.string().min(1) }).parse(Object.fromEntries(formData));
  await rateLimitByIp("volunteer-login");
  try {
    await auth.api.signInEmail({ body: { email, password }, headers: await headers() });
    logger.info("volunteer.login", { email });
  } catch {
    logger.warn("volunteer.login_failed", { email });
    // ok: information-disclosure
    return { error: "Email or password is incorrect." };
  }
  redirect("/me");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function sendVolunteerMagicLink(formData: FormData) {
  const { email } = z.object({ email: z.string().email() }).parse({ email: formData.get("email") });
  await rateLimitByIp("magic-link");
  await auth.api.signInMagicLink({ body: { email, callbackURL: "/me" }, headers: await headers() });
  logger.info("volunteer.magic_link_requested", { email });
  return { message: "Check your inbox." };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function resendVolunteerVerification(formData: FormData) {
  const { email } = z.object({ email: z.string().email() }).parse({ email: formData.get("email") });
  const volunteer = await prisma.volunteer.findUnique({ where: { email }, select: { emailVerified: true } });
  if (!volunteer) {
    // ruleid: information-disclosure
    return { error: "We have no volunteer registered with that email." };
  }
  if (volunteer.emailVerified) return { message: "Already verified." };  // ruleid: information-disclosure
  await auth.api.sendVerificationEmail({ body: { email, callbackURL: "/me" } });
  return { message: "Verification email sent." };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function forgotVolunteerPassword(formData: FormData) {
  const { email } = z.object({ email: z.string().email() }).parse({ email: formData.get("email") });
  const { success } = await ratelimit.limit(`forgot:${email}`);
  if (!success) return { message: "Please wait before requesting another link." };
  await auth.api.forgetPassword({ body: { email, redirectTo: "/join/reset" } });
  // ok: information-disclosure
  return { message: "If an account exists for that email, a reset link is on its way." };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function resetVolunteerPassword(formData: FormData) {
  const { token, password } = z.object({ token: z.string().min(10), password: z.string().min(10) }).parse(Object.fromEntries(formData));
  try {
    await auth.api.resetPassword({ body: { token, newPassword: password } });
  } catch (error) {
    // ruleid: information-disclosure
    return { error: (error as Error).message };
  }
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function welcomeEmailPreview() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) redirect("/join");
  await sendMail(session.user.email, "Welcome to Cohortly", "<p>Thanks for volunteering.</p>");
}
