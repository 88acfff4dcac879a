"use server";

import { z } from "zod";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth";
import { rateLimitByIp } from "@/lib/rate-limit";
import { logSecurityEvent } from "@/lib/audit";
import { Email } from "@/lib/validation";

export type SignInState = { error?: string };

const SignInSchema = z.object({ email: Email, password: z.string().min(1).max(200) });

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function signInWithPassword(_prev: SignInState, formData: FormData): Promise<SignInState> {
  await rateLimitByIp("sign-in", 8);
  const parsed = SignInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) {
    // ok: information-disclosure
    return { error: "Enter your email and password." };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
    await logSecurityEvent("login.success", null, { email: parsed.data.email });
  } catch (err) {
    await logSecurityEvent("login.failure", null, { email: parsed.data.email });
    if (err instanceof AuthError) {
      // ok: information-disclosure
      return { error: "That email and password combination didn't work." };
    }
    throw err;
  }
  const next = formData.get("next");
  redirect(typeof next === "string" && next.startsWith("/dashboard") ? next : "/dashboard");
}

// ok: missing-auth, missing-rate-limit
export async function signInWithGoogle() {
  await rateLimitByIp("sign-in-oauth", 20);
  await signIn("google", { redirectTo: "/dashboard" });
}
