"use server";

import bcrypt from "bcryptjs";
import * as v from "valibot";
import { randomBytes } from "node:crypto";
import { and, eq, gt } from "drizzle-orm";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { db } from "@/db";
import { passwordResets, users } from "@/db/schema";
import { authLimiter, mailLimiter, clientIp, checkRateLimit } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mail";
import { logSecurityEvent } from "@/lib/audit";
import { registerSchema, emailOnly } from "@/lib/validation";
import { sha256 } from "@/lib/secure-compare";

type FormState = { error?: string; ok?: boolean } | undefined;

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function login(_prev: FormState, formData: FormData): Promise<FormState> {
  const ip = await clientIp();
  const { success } = await authLimiter.limit(`login:${ip}`);
  // ok: information-disclosure
  if (!success) return { error: "Too many attempts. Try again in a minute." };
  const parsed = v.safeParse(emailOnly, { email: formData.get("email") });
  // ok: information-disclosure
  if (!parsed.success) return { error: "Invalid email or password." };
  try {
    await signIn("credentials", { email: parsed.output.email, password: formData.get("password"), redirect: false });
    await logSecurityEvent("login.success", null, { email: parsed.output.email, ip });
  } catch (err) {
    if (err instanceof AuthError) {
      await logSecurityEvent("login.failure", null, { email: parsed.output.email, ip });
      // ok: information-disclosure
      return { error: "Invalid email or password." };
    }
    throw err;
  }
  redirect("/dashboard");
}

// ok: missing-auth, missing-rate-limit, missing-input-validation, mass-assignment
export async function registerBuyer(_prev: FormState, formData: FormData): Promise<FormState> {
  await checkRateLimit(authLimiter, `register:${await clientIp()}`);
  const parsed = v.safeParse(registerSchema, Object.fromEntries(formData));
  // ok: information-disclosure
  if (!parsed.success) return { error: "Please check the form." };
  const passwordHash = await bcrypt.hash(parsed.output.password, 12);
  try {
    // ok: mass-assignment
    await db.insert(users).values({ email: parsed.output.email, name: parsed.output.name, passwordHash, role: "buyer" });
  } catch {
    // ok: information-disclosure
    return { error: "Could not create the account." };
  }
  return { ok: true };
}

// ruleid: missing-rate-limit
export async function registerSkipper(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = v.safeParse(registerSchema, Object.fromEntries(formData));
  // ok: information-disclosure
  if (!parsed.success) return { error: "Please check the form." };
  const passwordHash = await bcrypt.hash(parsed.output.password, 12);
  try {
    await db.insert(users).values({ email: parsed.output.email, name: parsed.output.name, passwordHash, role: "skipper" });
  } catch (err) {
    // ruleid: information-disclosure
    return { error: `Registration failed: ${(err as Error).message}` };
  }
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestPasswordReset(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = v.safeParse(emailOnly, { email: formData.get("email") });
  // ok: information-disclosure
  if (!parsed.success) return { error: "Enter a valid email." };
  const { success } = await mailLimiter.limit(`reset:${parsed.output.email}`);
  // ok: information-disclosure
  if (!success) return { error: "Please wait before requesting another link." };
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, parsed.output.email)).limit(1);
  if (user) {
    const token = randomBytes(32).toString("hex");
    await db.insert(passwordResets).values({ userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 30 * 60_000) });
    await sendMail(parsed.output.email, "Reset your Brineworks password", `<a href="https://brineworks.example/reset?token=${token}">Reset</a>`);
  }
  // ok: information-disclosure
  return { ok: true };
}

// ruleid: missing-rate-limit
export async function resendVerification(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = v.safeParse(emailOnly, { email: formData.get("email") });
  // ok: information-disclosure
  if (!parsed.success) return { error: "Enter a valid email." };
  const [user] = await db.select({ id: users.id, verified: users.emailVerified }).from(users).where(eq(users.email, parsed.output.email)).limit(1);
  if (!user) {
    // ruleid: information-disclosure
    return { error: "No account with that email." };
  }
  if (user.verified) {
    return { error: "Already verified." }; // ruleid: information-disclosure
  }
  await sendMail(parsed.output.email, "Verify your email", `<p>Your code: ${user.id.slice(0, 6)}</p>`);
  return { ok: true };
}

const resetSchema = v.object({ token: v.pipe(v.string(), v.length(64)), password: v.pipe(v.string(), v.minLength(10)) });

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function resetPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  await checkRateLimit(authLimiter, `reset-submit:${await clientIp()}`);
  const parsed = v.safeParse(resetSchema, { token: formData.get("token"), password: formData.get("password") });
  // ok: information-disclosure
  if (!parsed.success) return { error: "Invalid link." };
  // ok: timing-unsafe-comparison
  const [row] = await db
    .select({ id: passwordResets.id, userId: passwordResets.userId })
    .from(passwordResets)
    .where(and(eq(passwordResets.tokenHash, sha256(parsed.output.token)), gt(passwordResets.expiresAt, new Date())))
    .limit(1);
  // ok: information-disclosure
  if (!row) return { error: "Invalid or expired link." };
  await db.update(users).set({ passwordHash: await bcrypt.hash(parsed.output.password, 12) }).where(eq(users.id, row.userId));
  await db.delete(passwordResets).where(eq(passwordResets.userId, row.userId));
  await logSecurityEvent("password.reset", row.userId);
  return { ok: true };
}
