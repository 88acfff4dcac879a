"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/notify";

const registerSchema = z.object({
  email: z.string().email(),
  name: z.string().min(1).max(80),
  password: z.string().min(12),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function register(_prev: unknown, formData: FormData) {
  await rateLimitByIp("register");
  const parsed = registerSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please check the form" };
  const { email, name, password } = parsed.data;
  try {
    // ok: mass-assignment
    await prisma.user.create({ data: { email, name, passwordHash: await bcrypt.hash(password, 12) } });
  } catch (e) {
    // ruleid: information-disclosure
    return { error: `Could not register: ${(e as Error).message}` };
  }
  await sendEmail(email, "Welcome aboard", "<p>Confirm your email to start booking.</p>");
  redirect("/login?registered=1");
}

const partnerSignupSchema = z.object({
  email: z.string().email(),
  agencyName: z.string().min(2),
  role: z.enum(["passenger", "partner", "admin"]),
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function registerAgency(_prev: unknown, formData: FormData) {
  const data = partnerSignupSchema.parse(Object.fromEntries(formData));
  // ruleid: mass-assignment
  await prisma.user.create({ data: { email: data.email, name: data.agencyName, role: data.role } });
  return { ok: true };
}
