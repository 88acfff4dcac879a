"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mailer";
import { hashToken } from "@/lib/secure-compare";
import { randomBytes } from "node:crypto";

const registerSchema = z.object({ email: z.string().email(), name: z.string().min(1).max(80), password: z.string().min(10).max(200) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function register(_prev: unknown, formData: FormData) {
  await rateLimitByIp("register");
  const parsed = registerSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please check the form" };
  const passwordHash = await bcrypt.hash(parsed.data.password, 12);
  const token = randomBytes(32).toString("hex");
  try {
    // ok: mass-assignment
    await prisma.user.create({ data: { email: parsed.data.email, name: parsed.data.name, passwordHash, resetToken: hashToken(token) } });
  } catch {
    // ok: information-disclosure
    return { error: "Could not create account" };
  }
  await sendMail(parsed.data.email, "Verify your Larderly account", `<a href="https://larderly.org/verify?token=${token}">Verify</a>`);
  redirect("/check-email");
}

// Donor self-signup from the public "Give food" page (added by the growth team).
// why: signs up and sends a welcome email with no rate limit; form fields written whole, including isPlatformAdmin if posted
// ok: missing-auth
// ruleid: missing-rate-limit, missing-input-validation
export async function registerDonor(formData: FormData) {
  const data = Object.fromEntries(formData) as Record<string, string>;
  // ruleid: mass-assignment
  const user = await prisma.user.create({ data: data as never, select: { id: true, email: true } });
  await sendMail(user.email, "Welcome to Larderly", "<p>Thanks for giving!</p>");
  return { id: user.id };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function resendVerification(formData: FormData) {
  await rateLimitByIp("resend-verification");
  const email = z.string().email().parse(formData.get("email"));
  const token = randomBytes(32).toString("hex");
  // ok: missing-authorization
  const updated = await prisma.user.updateMany({ where: { email, emailVerified: null }, data: { resetToken: hashToken(token) } });
  if (updated.count > 0) await sendMail(email, "Verify your Larderly account", `<a href="https://larderly.org/verify?token=${token}">Verify</a>`);
  // ok: information-disclosure
  return { message: "If that address needs verifying, we sent a new link." };
}
