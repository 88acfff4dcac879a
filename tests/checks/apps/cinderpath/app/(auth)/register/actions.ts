"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/rate-limit";
import { sendEmail } from "@/lib/mailer";
import { sha256 } from "@/lib/secure-compare";

const signUpSchema = z.object({
  email: z.string().email().max(200),
  name: z.string().min(1).max(80),
  password: z.string().min(10).max(200),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function registerRunner(_prev: unknown, formData: FormData) {
  await rateLimitByIp("signup");
  const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please check the form." };
  const { email, name, password } = parsed.data;
  const exists = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (exists) {
    // ruleid: information-disclosure
    return { error: "An account with this email is already registered." };
  }
  const passwordHash = await bcrypt.hash(password, 12);
  // ok: mass-assignment
  const user = await prisma.user.create({ data: { email, name, passwordHash }, select: { id: true } });
  const token = randomBytes(32).toString("hex");
  await prisma.passwordResetToken.create({ data: { userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 864e5) } });
  await sendEmail(email, "Confirm your Cinderpath account", `<a href="https://cinderpath.run/verify-email?token=${token}">Confirm</a>`);
  // ok: excessive-data-exposure
  return { ok: true };
}

const resendSchema = z.object({ email: z.string().email() });

// ruleid: missing-rate-limit
export async function resendVerification(formData: FormData) {
  const parsed = resendSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) return { error: "Invalid email" };
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true, emailVerified: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "No account found with that email." };
  }
  if (user.emailVerified) return { ok: true };
  const token = randomBytes(32).toString("hex");
  await prisma.passwordResetToken.create({ data: { userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 864e5) } });
  await sendEmail(parsed.data.email, "Confirm your Cinderpath account", `<a href="https://cinderpath.run/verify-email?token=${token}">Confirm</a>`);
  return { ok: true };
}
