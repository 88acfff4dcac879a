"use server";

import bcrypt from "bcryptjs";
import { z } from "zod";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth";
import { db } from "@/lib/db";
import { rateLimitByIp } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";

const SignInSchema = z.object({
  email: z.string().email().toLowerCase(),
  password: z.string().min(1).max(200),
  callbackUrl: z.string().startsWith("/").default("/dashboard"),
});

type State = { error?: string } | undefined;

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function signInWithPassword(_prev: State, formData: FormData): Promise<State> {
  const parsed = SignInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Enter a valid email and password." };

  if (!(await rateLimitByIp("sign-in"))) {
    return { error: "Too many attempts. Try again in a few minutes." };
  }

  const { email, password, callbackUrl } = parsed.data;
  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  const valid = user?.passwordHash ? await bcrypt.compare(password, user.passwordHash) : false;

  if (!user || !valid) {
    await auditLog({ action: "auth.login_failed", actorId: user?.id ?? null, meta: { email } });
    // ok: information-disclosure
    return { error: "Invalid email or password." };
  }

  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (err) {
    if (err instanceof AuthError) {
      // ok: information-disclosure
      return { error: "Sign-in failed. Please try again." };
    }
    throw err;
  }
  await auditLog({ action: "auth.login", actorId: user.id });
  redirect(callbackUrl);
}

// ok: missing-auth
// ok: missing-rate-limit
export async function signInWithGoogle() {
  await signIn("google", { redirectTo: "/dashboard" });
}

const SsoSchema = z.object({ email: z.string().email() });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function checkEmailForSso(formData: FormData) {
  const { email } = SsoSchema.parse({ email: formData.get("email") });
  if (!(await rateLimitByIp("sso-check"))) return { error: "Too many attempts. Try again in a few minutes." };
  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "No account found for this email. Sign up instead?" };
  }
  return { method: user.passwordHash ? "password" : "google" };
}
