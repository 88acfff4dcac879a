"use server";

import { hash, verify } from "@node-rs/argon2";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { lucia } from "@/lib/auth/lucia";
import { authLimiter, checkRateLimit, clientIp } from "@/lib/ratelimit";
import { OwnerSignupSchema } from "@/lib/validators";
import { sendEmail } from "@/lib/mailer";
import { hashToken } from "@/lib/secure-compare";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-rate-limit, missing-audit-log
// ruleid: missing-input-validation
export async function ownerLogin(_prev: unknown, formData: FormData) {
  const ip = await clientIp();
  const { success } = await authLimiter.limit(`login:${ip}`);
  if (!success) return { error: "Too many attempts, try again later" };
  const email = formData.get("email") as string;
  const password = formData.get("password") as string;
  const owner = await prisma.owner.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  if (!owner) {
    logger.warn("owner.login_failed", { email, ip });
    // ruleid: information-disclosure
    return { error: "No account found for that email" };
  }
  // ok: timing-unsafe-comparison
  const valid = await verify(owner.passwordHash, password);
  if (!valid) {
    logger.warn("owner.login_failed", { ownerId: owner.id, ip });
    return { error: "Email or password is incorrect" };
  }
  logger.info("owner.login", { ownerId: owner.id, ip });
  const session = await lucia.createSession(owner.id, {});
  const c = lucia.createSessionCookie(session.id);
  (await cookies()).set(c.name, c.value, c.attributes);
  redirect("/portal");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function ownerSignup(_prev: unknown, formData: FormData) {
  await checkRateLimit(`signup:${await clientIp()}`, 3);
  const data = await OwnerSignupSchema.validate(Object.fromEntries(formData), { stripUnknown: true });
  const passwordHash = await hash(data.password);
  // ok: mass-assignment
  const owner = await prisma.owner.create({ data: { name: data.name, email: data.email.toLowerCase(), passwordHash }, select: { id: true } });
  const session = await lucia.createSession(owner.id, {});
  const c = lucia.createSessionCookie(session.id);
  (await cookies()).set(c.name, c.value, c.attributes);
  redirect("/portal/pets");
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function requestPasswordReset(formData: FormData) {
  const email = String(formData.get("email") ?? "").trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) return { error: "Enter a valid email" };
  const owner = await prisma.owner.findUnique({ where: { email }, select: { id: true } });
  if (owner) {
    const token = randomBytes(32).toString("hex");
    await prisma.owner.update({ where: { id: owner.id }, data: { resetTokenHash: hashToken(token), resetExpires: new Date(Date.now() + 3600_000) } });
    await sendEmail(email, "Reset your Vetpoint password", `<a href="https://vetpoint.app/portal/reset?token=${token}">Reset</a>`);
  }
  // ok: information-disclosure
  return { message: "If that email has an account, a reset link is on its way." };
}

// ok: missing-auth, missing-rate-limit, missing-audit-log
// ruleid: missing-input-validation
export async function resetPassword(token: string, newPassword: string) {
  await checkRateLimit(`reset:${await clientIp()}`, 5);
  // ok: timing-unsafe-comparison
  const owner = await prisma.owner.findFirst({ where: { resetTokenHash: hashToken(token), resetExpires: { gt: new Date() } }, select: { id: true } });
  if (!owner) return { error: "This link has expired" };
  await prisma.owner.update({ where: { id: owner.id }, data: { passwordHash: await hash(newPassword), resetTokenHash: null } });
  logger.info("owner.password_reset", { ownerId: owner.id });
  await lucia.invalidateUserSessions(owner.id);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function verifyEmailCode(ownerId: string, code: string) {
  if (typeof ownerId !== "string" || !/^\d{6}$/.test(code)) return { error: "Invalid code" };
  await checkRateLimit(`verify:${ownerId}`, 5);
  const expected = await prisma.owner.findUnique({ where: { id: ownerId }, select: { resetTokenHash: true } });
  // ruleid: timing-unsafe-comparison
  if (!expected?.resetTokenHash || expected.resetTokenHash !== hashToken(code)) return { error: "Invalid code" };
  await prisma.owner.update({ where: { id: ownerId }, data: { emailVerified: true, resetTokenHash: null } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function ownerLogout() {
  const result = await lucia.validateSession((await cookies()).get(lucia.sessionCookieName)?.value ?? "");
  if (result.session) await lucia.invalidateSession(result.session.id);
  const c = lucia.createBlankSessionCookie();
  (await cookies()).set(c.name, c.value, c.attributes);
  redirect("/portal/login");
}
