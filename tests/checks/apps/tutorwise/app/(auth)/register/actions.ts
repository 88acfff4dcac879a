"use server";

import * as v from "valibot";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/rate-limit";
import { sendEmail } from "@/lib/mailer";

const RegisterSchema = v.object({
  email: v.pipe(v.string(), v.email()),
  password: v.pipe(v.string(), v.minLength(10)),
  name: v.pipe(v.string(), v.maxLength(80)),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function register(_prev: unknown, formData: FormData) {
  await rateLimitByIp("register", 5);
  const result = v.safeParse(RegisterSchema, Object.fromEntries(formData));
  if (!result.success) return { error: "Check the highlighted fields" };
  const { email, password, name } = result.output;
  const exists = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  // ok: information-disclosure
  if (exists) return { error: "Could not create account" };
  // ok: mass-assignment
  await prisma.user.create({ data: { email, name, passwordHash: await bcrypt.hash(password, 12) } });
  await sendEmail(email, "Welcome to TutorWise", "<p>Confirm your email to book your first lesson.</p>");
  redirect("/onboarding");
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function registerTutor(_prev: unknown, formData: FormData) {
  const result = v.safeParse(RegisterSchema, Object.fromEntries(formData));
  if (!result.success) return { error: "Check the highlighted fields" };
  const { email, password, name } = result.output;
  const role = formData.get("role");
  if (typeof role !== "string") return { error: "Pick an account type" };
  // ruleid: mass-assignment
  await prisma.user.create({ data: { email, name, passwordHash: await bcrypt.hash(password, 12), role: role as "TUTOR" } });
  redirect("/tutor/onboarding");
}

// ok: missing-auth
// ruleid: missing-rate-limit, missing-input-validation
export async function registerQuick(formData: FormData) {
  const data = Object.fromEntries(formData) as Record<string, string>;
  // ruleid: mass-assignment
  await prisma.user.create({ data: { ...data, passwordHash: await bcrypt.hash(String(data.password), 12) } });
  redirect("/onboarding");
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function resendVerification(email: string) {
  await rateLimitByIp("resend-verify", 3);
  if (typeof email !== "string" || !email.includes("@")) return { ok: false };
  await sendEmail(email, "Verify your email", "<p>Click the link to verify.</p>");
  return { ok: true };
}
