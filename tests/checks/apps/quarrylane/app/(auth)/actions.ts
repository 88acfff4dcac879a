"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { signIn } from "@/lib/auth/authjs";
import { rateLimitByIp, ratelimit } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { sendMail } from "@/lib/mailer";
import { hashToken, secureCompare } from "@/lib/secure-compare";
import { nanoid } from "nanoid";
import { verifySession } from "@/lib/auth/dal";

const Login = z.object({ email: z.string().email(), password: z.string().min(8).max(200) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function login(prev: unknown, formData: FormData) {
  await rateLimitByIp("login");
  const parsed = Login.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid email or password" };
  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch {
    logger.warn("login_failed", { email: parsed.data.email });
    // ok: information-disclosure
    return { error: "Invalid email or password" };
  }
  logger.info("login_succeeded", { email: parsed.data.email });
  redirect("/dashboard");
}

// why: password login with no rate limit and no audit of failures/successes.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function kioskLogin(prev: unknown, formData: FormData) {
  const email = formData.get("email");
  const password = formData.get("password");
  if (typeof email !== "string" || typeof password !== "string") return { error: "Missing fields" };
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  // why: distinct message for unknown accounts enables enumeration.
  // ruleid: information-disclosure
  if (!user) return { error: "No account with that email" };
  // ok: timing-unsafe-comparison
  if (!user.passwordHash || !(await bcrypt.compare(password, user.passwordHash))) return { error: "Invalid email or password" };
  redirect("/kiosk");
}

const Signup = z.object({ email: z.string().email(), password: z.string().min(10), name: z.string().min(1).max(80), companyName: z.string().min(2).max(120) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function signup(prev: unknown, formData: FormData) {
  await rateLimitByIp("signup");
  const input = Signup.parse(Object.fromEntries(formData));
  const exists = await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } });
  // ok: information-disclosure
  if (exists) return { error: "Could not create account" };
  const user = await prisma.user.create({
    // ok: mass-assignment
    data: { email: input.email, name: input.name, passwordHash: await bcrypt.hash(input.password, 12) },
    select: { id: true },
  });
  await prisma.company.create({ data: { name: input.companyName, kind: "renter", members: { create: { userId: user.id, role: "owner" } } } });
  redirect("/login?welcome=1");
}

// why: the whole form (role, isPlatformAdmin...) is written into the user row, unvalidated and without a rate limit.
// ok: missing-auth
// ruleid: missing-input-validation, missing-rate-limit
export async function signupInvitedCrew(prev: unknown, formData: FormData) {
  const data = Object.fromEntries(formData) as Record<string, string>;
  await prisma.user.create({
    // ruleid: mass-assignment
    data: { ...data, passwordHash: await bcrypt.hash(data.password, 12) } as any,
  });
  redirect("/login");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestPasswordReset(prev: unknown, formData: FormData) {
  const { success } = await ratelimit.limit(`reset:${String(formData.get("email"))}`);
  if (!success) return { error: "Try again later" };
  const email = z.string().email().parse(formData.get("email"));
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (user) {
    const token = nanoid(40);
    await prisma.auditLog.create({ data: { actorId: user.id, action: "password_reset_requested", target: hashToken(token) } });
    await sendMail(email, "Reset your password", `https://quarrylane.io/reset/${token}`);
  }
  // ok: information-disclosure
  return { message: "If that email exists, a link is on its way." };
}

// why: reset mail with no rate limit, and tells callers whether the email is registered.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function requestPasswordResetLegacy(email: string) {
  if (typeof email !== "string" || !email.includes("@")) return { error: "Invalid email" };
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  // ruleid: information-disclosure
  if (!user) return { error: "Email not found" };
  await sendMail(email, "Reset your password", "https://quarrylane.io/reset/legacy");
  return { ok: true };
}

const Reset = z.object({ token: z.string().min(20), password: z.string().min(10) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function resetPassword(prev: unknown, formData: FormData) {
  await rateLimitByIp("reset-confirm");
  const { token, password } = Reset.parse(Object.fromEntries(formData));
  const entry = await prisma.auditLog.findFirst({ where: { action: "password_reset_requested", target: hashToken(token) }, select: { actorId: true, target: true } });
  // ok: timing-unsafe-comparison
  if (!entry || !secureCompare(entry.target!, hashToken(token))) return { error: "Link expired" };
  await prisma.user.update({ where: { id: entry.actorId }, data: { passwordHash: await bcrypt.hash(password, 12) } });
  await auditLog(entry.actorId, "password_reset_completed");
  redirect("/login");
}

// why: change password with no rate limit and no audit.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function changePassword(prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const { current, next } = z.object({ current: z.string(), next: z.string().min(10) }).parse(Object.fromEntries(formData));
  const u = await prisma.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  // ok: information-disclosure, timing-unsafe-comparison
  if (!u?.passwordHash || !(await bcrypt.compare(current, u.passwordHash))) return { error: "Current password is wrong" };
  try {
    await prisma.user.update({ where: { id: userId }, data: { passwordHash: await bcrypt.hash(next, 12) } });
  } catch (err) {
    // why: raw Prisma error returned to the client.
    // ruleid: information-disclosure
    return { error: String(err) };
  }
  return { ok: true };
}
