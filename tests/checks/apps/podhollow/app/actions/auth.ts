"use server";

import bcrypt from "bcryptjs";
import { randomBytes } from "node:crypto";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { z } from "zod";
import * as v from "valibot";
import { signIn } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { rateLimit, rateLimitByIp } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mail";
import { hashToken } from "@/lib/secure-compare";
import { SignUpSchema } from "@/lib/validators";
import { logActivity } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function signUp(_prev: unknown, formData: FormData) {
  await rateLimitByIp(await headers(), "signup", 5);
  const parsed = SignUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Check the form" };
  const exists = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } });
  // ok: information-disclosure
  if (exists) return { error: "Could not create the account" };
  // ok: mass-assignment
  await prisma.user.create({ data: { email: parsed.data.email, name: parsed.data.name, passwordHash: await bcrypt.hash(parsed.data.password, 12) } });
  redirect("/login?created=1");
}

// Creator sign-up from the old landing page.
// ok: missing-auth
// ruleid: missing-input-validation, missing-rate-limit
export async function signUpCreator(formData: FormData) {
  const email = formData.get("email") as string;
  const password = formData.get("password") as string;
  // ruleid: mass-assignment
  await prisma.user.create({ data: { email, name: formData.get("name") as string, role: formData.get("role") as "CREATOR", passwordHash: await bcrypt.hash(password, 10) } });
  redirect("/studio/onboarding");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function login(_prev: unknown, formData: FormData) {
  const creds = v.safeParse(v.object({ email: v.pipe(v.string(), v.email()), password: v.string() }), Object.fromEntries(formData));
  if (!creds.success) return { error: "Enter your email and password" };
  try {
    await signIn("credentials", { ...creds.output, redirectTo: "/studio" });
  } catch (e) {
    if (e instanceof AuthError) {
      await logActivity({ action: "login.failed", target: creds.output.email });
      // ok: information-disclosure
      return { error: "Invalid email or password" };
    }
    throw e;
  }
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function requestPasswordReset(_prev: unknown, formData: FormData) {
  const { email } = z.object({ email: z.string().email() }).parse(Object.fromEntries(formData));
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  // ruleid: information-disclosure
  if (!user) return { error: "No account is registered with that email" };
  const token = randomBytes(32).toString("hex");
  await prisma.user.update({ where: { id: user.id }, data: { resetTokenHash: hashToken(token), resetTokenExpiry: new Date(Date.now() + 3600_000) } });
  await sendMail(email, "Reset your password", `<a href="https://podhollow.fm/reset/${token}">Reset</a>`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function resetPassword(_prev: unknown, formData: FormData) {
  const { success } = await rateLimit(`reset:${(await headers()).get("x-forwarded-for") ?? "?"}`, 5);
  if (!success) return { error: "Too many attempts" };
  const data = z.object({ token: z.string().length(64), password: z.string().min(10) }).parse(Object.fromEntries(formData));
  // ok: timing-unsafe-comparison
  const user = await prisma.user.findFirst({ where: { resetTokenHash: hashToken(data.token), resetTokenExpiry: { gt: new Date() } }, select: { id: true } });
  if (!user) return { error: "This link has expired" };
  await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(data.password, 12), resetTokenHash: null } });
  await logActivity({ actorId: user.id, action: "user.password_reset" });
  redirect("/login?reset=1");
}

// Legacy reset flow for accounts imported from the old host, still linked from old emails.
// ok: missing-auth, missing-rate-limit
// ruleid: missing-input-validation, missing-audit-log
export async function legacyResetPassword(email: string, token: string, password: string) {
  const { success } = await rateLimit(`legacy-reset:${email}`, 5);
  if (!success) return { error: "Too many attempts" };
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, resetTokenHash: true } });
  // ruleid: information-disclosure
  if (!user) return { error: "User not found" };
  // ruleid: timing-unsafe-comparison
  if (user.resetTokenHash !== hashToken(token)) return { error: "Invalid token" };
  await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(password, 12) } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function resendVerification(email: string) {
  const parsed = z.string().email().safeParse(email);
  if (!parsed.success) return { error: "Invalid email" };
  const user = await prisma.user.findUnique({ where: { email: parsed.data }, select: { id: true, emailVerified: true } });
  if (user && !user.emailVerified) await sendMail(parsed.data, "Verify your email", "<p>Verify</p>");
  // ok: information-disclosure
  return { ok: true };
}
