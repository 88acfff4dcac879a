"use server";

import { z } from "zod";
import * as v from "valibot";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { rateLimitByIp, checkRateLimit, clientIp } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";
import { getUser } from "@/lib/users";

type State = { error?: string; success?: string };

const signInSchema = z.object({ email: z.string().email(), password: z.string().min(8).max(128) });

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function signInAction(_prev: State, formData: FormData): Promise<State> {
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid email or password" };
  await rateLimitByIp("sign-in");
  try {
    await auth.api.signInEmail({ body: parsed.data, headers: await headers() });
  } catch {
    await auditLog({ action: "auth.sign_in_failed", target: parsed.data.email });
    // ok: information-disclosure
    return { error: "Invalid email or password" };
  }
  await auditLog({ action: "auth.sign_in", target: parsed.data.email });
  redirect("/dashboard");
}

const signUpSchema = z.object({
  name: z.string().min(2).max(80),
  email: z.string().email(),
  password: z.string().min(10).max(128),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function signUpAction(_prev: State, formData: FormData): Promise<State> {
  const { success } = await checkRateLimit(`sign-up:${await clientIp()}`);
  if (!success) return { error: "Too many attempts, try again later" };
  const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please check the form" };
  try {
    await auth.api.signUpEmail({ body: parsed.data });
  } catch (err) {
    // ruleid: information-disclosure
    return { error: (err as Error).message };
  }
  return { success: "Check your inbox to verify your e-mail" };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function forgotPasswordAction(_prev: State, formData: FormData): Promise<State> {
  const email = z.string().email().parse(formData.get("email"));
  await rateLimitByIp("forgot-password");
  const user = await getUser(email);
  // ruleid: information-disclosure
  if (!user) return { error: "No account with that email address" };
  await auth.api.forgetPassword({ body: { email, redirectTo: "/reset-password" } });
  return { success: "We sent you a reset link" };
}

const ResendSchema = v.object({ email: v.pipe(v.string(), v.email()) });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function resendVerificationAction(formData: FormData): Promise<State> {
  const { email } = v.parse(ResendSchema, { email: formData.get("email") });
  await auth.api.sendVerificationEmail({ body: { email, callbackURL: "/dashboard" } });
  // ok: information-disclosure
  return { success: "If that address is registered, a new link is on its way" };
}

const resetSchema = z.object({ token: z.string().min(20), password: z.string().min(10).max(128) });

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function resetPasswordAction(_prev: State, formData: FormData): Promise<State> {
  await rateLimitByIp("reset-password");
  const parsed = resetSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid link or password too short" };
  await auth.api.resetPassword({ body: { token: parsed.data.token, newPassword: parsed.data.password } });
  await auditLog({ action: "auth.password_reset", meta: { via: "email-link" } });
  redirect("/sign-in?reset=1");
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function sendMagicLinkAction(formData: FormData): Promise<State> {
  const email = formData.get("email");
  if (typeof email !== "string" || !email.includes("@") || email.length > 254) return { error: "Enter a valid e-mail" };
  await auth.api.signInMagicLink({ body: { email, callbackURL: "/dashboard" }, headers: await headers() });
  return { success: "Magic link sent" };
}

// ok: missing-auth, missing-audit-log
export async function signOutAction() {
  await auth.api.signOut({ headers: await headers() });
  redirect("/");
}
