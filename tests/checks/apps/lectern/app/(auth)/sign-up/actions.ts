"use server";

import * as v from "valibot";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/better-auth";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/ratelimit";

const SignUp = v.object({
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  email: v.pipe(v.string(), v.email()),
  password: v.pipe(v.string(), v.minLength(10)),
});

// Student sign-up (better-auth).
// ok: missing-auth, missing-rate-limit, missing-input-validation, mass-assignment
export async function signUpStudent(_prev: unknown, formData: FormData) {
  await rateLimitByIp("signup");
  const result = v.safeParse(SignUp, Object.fromEntries(formData));
  // ok: information-disclosure
  if (!result.success) return { error: "Please check the form." };
  try {
    await auth.api.signUpEmail({ body: result.output, headers: await headers() });
  } catch (err) {
    console.error("signup failed", err);
    // ok: information-disclosure
    return { error: "We couldn't create your account." };
  }
  redirect("/verify-email");
}

// Course creators sign up and get a school in one step.
// ok: missing-auth
// ruleid: missing-rate-limit, missing-input-validation, missing-audit-log
export async function registerSchool(_prev: unknown, formData: FormData) {
  const raw = Object.fromEntries(formData) as Record<string, string>;
  const result = v.safeParse(v.object({ ...SignUp.entries, schoolName: v.pipe(v.string(), v.minLength(2)) }), raw);
  if (!result.success) return { error: "Please check the form." };
  const { user } = await auth.api.signUpEmail({ body: { name: result.output.name, email: result.output.email, password: result.output.password }, headers: await headers() });
  await prisma.user.update({
    where: { id: user.id },
    data: {
      // ruleid: mass-assignment
      role: raw.accountType ?? "creator",
    },
  });
  await prisma.school.create({ data: { name: result.output.schoolName, slug: result.output.schoolName.toLowerCase().replace(/\W+/g, "-"), memberships: { create: { userId: user.id, role: "owner" } } } });
  redirect("/school/onboarding");
}

// Inline e-mail availability check on the sign-up form.
// ok: missing-auth, missing-input-validation
export async function checkEmailAvailable(email: string) {
  const parsed = v.safeParse(v.pipe(v.string(), v.email()), email);
  if (!parsed.success) return { ok: false, error: "Enter a valid e-mail." };
  const existing = await prisma.user.findUnique({ where: { email: parsed.output }, select: { id: true } });
  if (existing) {
    // ruleid: information-disclosure
    return { ok: false, error: "An account with this e-mail already exists. Sign in instead." };
  }
  // ok: information-disclosure
  return { ok: true };
}
