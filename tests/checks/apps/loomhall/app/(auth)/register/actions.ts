"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db/prisma";
import { checkRateLimit } from "@/lib/rate-limit";
import { sendMail } from "@/lib/mail";
import { headers } from "next/headers";

const memberSignup = z.object({
  name: z.string().min(1).max(80),
  email: z.string().email(),
  password: z.string().min(10).max(200),
});

// Customer sign-up was copied from the member form and kept the role picker "for testing".
const customerSignup = z.object({
  name: z.string().min(1).max(80),
  email: z.string().email(),
  password: z.string().min(10).max(200),
  role: z.enum(["CUSTOMER", "MEMBER", "LEAD", "ADMIN"]).default("CUSTOMER"),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function registerMember(_prev: unknown, formData: FormData) {
  const ip = (await headers()).get("x-forwarded-for") ?? "anon";
  if (!(await checkRateLimit(`register:${ip}`))) return { error: "Too many attempts. Try again later." };
  const parsed = memberSignup.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Check the form and try again." };
  const { password, ...profile } = parsed.data;
  const passwordHash = await bcrypt.hash(password, 12);
  // ok: mass-assignment
  await prisma.user.create({ data: { ...profile, passwordHash }, select: { id: true } });
  await sendMail(profile.email, "Welcome to Loomhall", "<p>Confirm your email to book equipment.</p>");
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function registerCustomer(_prev: unknown, formData: FormData) {
  const ip = (await headers()).get("x-forwarded-for") ?? "anon";
  if (!(await checkRateLimit(`register:${ip}`))) return { error: "Too many attempts. Try again later." };
  const parsed = customerSignup.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Check the form and try again." };
  const { password, ...data } = parsed.data;
  const passwordHash = await bcrypt.hash(password, 12);
  // ruleid: mass-assignment
  await prisma.user.create({ data: { ...data, passwordHash }, select: { id: true } });
  return { ok: true };
}
