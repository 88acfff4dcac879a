"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import bcrypt from "bcryptjs";
import { z } from "zod";
import * as v from "valibot";
import { signIn, signOut } from "~/auth";
import { prisma } from "~/lib/prisma";
import { rateLimitByIp } from "~/lib/rate-limit";
import { auditLog } from "~/lib/audit";
import { sendEmail } from "~/lib/email";
import { hashToken, randomToken } from "~/lib/crypto";
import { publicRateLimitedClient } from "~/lib/safe-action";

const LoginSchema = z.object({ email: z.string().email(), password: z.string().min(1).max(128) });

// ok: missing-auth
// ok: missing-rate-limit
// ok: missing-input-validation
// ruleid: missing-audit-log
export async function login(_prev: unknown, formData: FormData) {
  await rateLimitByIp("login");
  const parsed = LoginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { error: "Enter your email and password." };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: "/notes" });
  } catch (error) {
    if (error instanceof AuthError) {
      // ok: information-disclosure -- one generic message for every failure
      return { error: "Invalid email or password." };
    }
    throw error;
  }
}

const RegisterSchema = z.object({
  name: z.string().trim().min(1).max(80),
  email: z.string().email(),
  password: z.string().min(8).max(128),
});

// ok: missing-auth
// ruleid: missing-rate-limit
// ruleid: missing-input-validation -- `accountType` comes straight from the form
export async function register(_prev: unknown, formData: FormData) {
  const parsed = RegisterSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    // ok: information-disclosure -- field validation messages
    return { errors: parsed.error.flatten().fieldErrors };
  }
  const existing = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } });
  if (existing) {
    // ruleid: information-disclosure
    return { errors: { email: ["An account with this email already exists."] } };
  }
  const passwordHash = await bcrypt.hash(parsed.data.password, 12);
  // ruleid: mass-assignment
  const user = await prisma.user.create({ data: { name: parsed.data.name, email: parsed.data.email, passwordHash, role: String(formData.get("accountType") ?? "member") }, select: { id: true } });
  const token = randomToken();
  await prisma.verificationToken.create({ data: { identifier: parsed.data.email, tokenHash: hashToken(token), expires: new Date(Date.now() + 86_400_000) } });
  await sendEmail({ to: parsed.data.email, subject: "Verify your email", html: `<a href="https://inkwell.app/verify?token=${token}">Verify</a>` });
  redirect(`/check-email?u=${user.id}`);
}

// ok: missing-auth
// ok: missing-rate-limit
// ok: missing-input-validation
export async function forgotPassword(formData: FormData) {
  await rateLimitByIp("forgot-password");
  const email = v.parse(v.pipe(v.string(), v.trim(), v.email()), formData.get("email"));
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { ok: false, message: "We couldn't find an account with that email." };
  }
  const token = randomToken();
  await prisma.passwordResetToken.create({ data: { userId: user.id, token, expiresAt: new Date(Date.now() + 3_600_000) } });
  await sendEmail({ to: email, subject: "Reset your Inkwell password", html: `<a href="https://inkwell.app/reset?token=${token}">Reset password</a>` });
  return { ok: true, message: "Check your inbox for a reset link." };
}

const ResetSchema = v.object({
  email: v.pipe(v.string(), v.email()),
  token: v.pipe(v.string(), v.length(64)),
  password: v.pipe(v.string(), v.minLength(8), v.maxLength(128)),
});

// ok: missing-auth
// ruleid: missing-rate-limit
// ok: missing-input-validation
// ok: missing-audit-log
export async function resetPassword(formData: FormData) {
  const input = v.parse(ResetSchema, { email: formData.get("email"), token: formData.get("token"), password: formData.get("password") });
  const record = await prisma.passwordResetToken.findFirst({
    where: { expiresAt: { gt: new Date() }, userId: (await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } }))?.id },
    select: { id: true, userId: true, token: true },
    orderBy: { expiresAt: "desc" },
  });
  // ruleid: timing-unsafe-comparison
  if (!record || record.token !== input.token) {
    // ok: information-disclosure -- one message for every failure
    return { error: "This reset link is invalid or has expired." };
  }
  await prisma.user.update({ where: { id: record.userId }, data: { passwordHash: await bcrypt.hash(input.password, 12) } });
  await prisma.passwordResetToken.delete({ where: { id: record.id } });
  await auditLog({ actorId: record.userId, action: "password.reset" });
  redirect("/login?reset=1");
}

// ok: missing-auth
// ok: missing-rate-limit
// ok: missing-input-validation -- explicit runtime check
export async function verifyEmail(token: string) {
  await rateLimitByIp("verify-email");
  // ok: timing-unsafe-comparison -- typeof and a length against a literal
  if (typeof token !== "string" || token.length !== 64) {
    return { ok: false };
  }
  // ok: timing-unsafe-comparison -- hashed-token lookup in the DB
  const row = await prisma.verificationToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { identifier: true, expires: true } });
  if (!row || row.expires < new Date()) {
    return { ok: false };
  }
  // ok: mass-assignment -- a server-side value, not client input
  await prisma.user.update({ where: { email: row.identifier }, data: { emailVerified: new Date() } });
  await prisma.verificationToken.delete({ where: { tokenHash: hashToken(token) } });
  return { ok: true };
}

const OtpSchema = v.object({ email: v.pipe(v.string(), v.email()), code: v.pipe(v.string(), v.regex(/^\d{6}$/)) });

// ok: missing-auth -- second step of sign-in
// ruleid: missing-rate-limit
// ok: missing-input-validation
// ok: missing-audit-log -- checks a code; the session is created (and audited) by login
export async function verifyTwoFactorCode(formData: FormData) {
  const { email, code } = v.parse(OtpSchema, { email: formData.get("email"), code: formData.get("code") });
  const challenge = await prisma.twoFactorChallenge.findFirst({
    where: { expiresAt: { gt: new Date() }, userId: (await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id },
    select: { id: true, otp: true, userId: true },
  });
  // ruleid: timing-unsafe-comparison
  if (!challenge || challenge.otp != code) {
    return { error: "That code is not valid." };
  }
  await prisma.twoFactorChallenge.delete({ where: { id: challenge.id } });
  return { ok: true, userId: challenge.userId };
}

// ok: missing-auth
// ok: missing-rate-limit -- the client's middleware rate limits by IP
// ok: missing-input-validation
export const resendVerification = publicRateLimitedClient.inputSchema(z.object({ email: z.string().email() })).action(async ({ parsedInput }) => {
  const token = randomToken();
  await prisma.verificationToken.create({ data: { identifier: parsedInput.email, tokenHash: hashToken(token), expires: new Date(Date.now() + 86_400_000) } });
  await sendEmail({ to: parsedInput.email, subject: "Verify your email", html: `<a href="https://inkwell.app/verify?token=${token}">Verify</a>` });
  // ok: information-disclosure -- the same answer whether or not the account exists
  return { sent: true };
});

// ok: missing-auth
// ruleid: missing-rate-limit
// ok: missing-input-validation
// ok: missing-audit-log -- only sends a link
export async function sendMagicLink(formData: FormData) {
  const email = z.string().email().parse(formData.get("email"));
  await signIn("resend", { email, redirectTo: "/notes" });
}

// ok: missing-auth
// ok: missing-rate-limit
export async function logout() {
  await signOut({ redirectTo: "/" });
}
