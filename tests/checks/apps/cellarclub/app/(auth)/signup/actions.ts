"use server";

import * as v from "valibot";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { checkRateLimit } from "@/lib/ratelimit";
import { headers } from "next/headers";

const SignupSchema = v.object({
  email: v.pipe(v.string(), v.email()),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  password: v.pipe(v.string(), v.minLength(10)),
  birthDate: v.pipe(v.string(), v.isoDate()),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function signUp(_prev: unknown, formData: FormData) {
  const ip = (await headers()).get("x-forwarded-for") ?? "anon";
  if (!(await checkRateLimit(`signup:${ip}`))) return { error: "Too many attempts." };
  const result = v.safeParse(SignupSchema, Object.fromEntries(formData));
  if (!result.success) return { error: "Please check the form." };
  const { email, name, password, birthDate } = result.output;
  await prisma.user.create({
    // ok: mass-assignment
    data: { email, name, birthDate: new Date(birthDate), passwordHash: await bcrypt.hash(password, 12) },
  });
  redirect("/login?created=1");
}

// Partner signup from the old marketing site (kept for the wholesale funnel).
// ruleid: missing-rate-limit, missing-input-validation
// ok: missing-auth
export async function registerDistributorLead(formData: FormData) {
  const email = formData.get("email") as string;
  const company = formData.get("company") as string;
  await prisma.user.create({
    // ok: mass-assignment
    data: { email, name: company },
  });
  return { success: true };
}
