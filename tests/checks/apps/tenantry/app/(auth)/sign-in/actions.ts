"use server";

import { z } from "zod";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/ratelimit";
import { logSecurityEvent } from "@/lib/audit";
import { sendEmail } from "@/lib/email";
import { generateToken, hashToken } from "@/lib/crypto";

const credentialsSchema = z.object({
  email: z.string().email().toLowerCase(),
  password: z.string().min(8).max(200),
});

type State = { error?: string } | undefined;

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function signInWithPassword(_prev: State, formData: FormData): Promise<State> {
  await rateLimitByIp("sign-in");
  // ok: mass-assignment
  const parsed = credentialsSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Enter a valid email and password" };

  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
    await logSecurityEvent("login.success", null, { email: parsed.data.email });
  } catch (error) {
    await logSecurityEvent("login.failure", null, { email: parsed.data.email });
    if (error instanceof AuthError) {
      // ok: information-disclosure
      return { error: "Invalid email or password" };
    }
    throw error;
  }
  redirect("/dashboard");
}

const emailSchema = z.string().email();

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function requestMagicLink(_prev: State, formData: FormData): Promise<State> {
  const email = emailSchema.parse(formData.get("email"));
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "No account with that email address" };
  }
  const token = generateToken();
  await prisma.session.create({
    data: { userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 15 * 60_000) },
  });
  await sendEmail({ to: email, subject: "Your sign-in link", html: `<a href="https://tenantry.app/magic?t=${token}">Sign in</a>` });
  return {};
}

// todook: missing-auth
export async function lookupAccount(_prev: State, formData: FormData) {
  const email = emailSchema.safeParse(formData.get("email"));
  if (!email.success) return { error: "Enter a valid email" };
  const user = await prisma.user.findUnique({ where: { email: email.data }, select: { passwordHash: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "We couldn't find an account for that email" };
  }
  return { next: user.passwordHash ? "password" : "sso" };
}

// ok: missing-auth
// ok: missing-rate-limit
export async function signInWithGoogle() {
  await signIn("google", { redirectTo: "/dashboard" });
}
