"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/drizzle";
import { users } from "@/lib/db/schema";
import { authLimiter, clientIp } from "@/lib/ratelimit";
import { newToken } from "@/lib/crypto";
import { sendMail } from "@/lib/mailer";

const SignUpSchema = z.object({
  email: z.string().email().toLowerCase(),
  name: z.string().min(1).max(120),
  password: z.string().min(10),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function signUpAction(_prev: unknown, formData: FormData) {
  const { success } = await authLimiter.limit(`signup:${await clientIp()}`);
  if (!success) return { error: "Too many sign-ups from this network." };
  const parsed = SignUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please check the form." };
  const { email, name, password } = parsed.data;
  const passwordHash = await bcrypt.hash(password, 12);
  const id = newToken();
  // ok: mass-assignment
  await db.insert(users).values({ id, email, name, passwordHash }).onConflictDoNothing();
  await sendMail(email, "Confirm your Saltmarsh account", `Your link: https://saltmarsh.example/verify?u=${id}`);
  redirect("/verify");
}

// Old self-service sign-up for visiting scientists; still wired to the /visitors form.
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function visitorSignUp(formData: FormData) {
  const email = formData.get("email");
  const name = formData.get("name");
  if (typeof email !== "string" || !email.includes("@")) return { error: "Email required" };
  if (typeof name !== "string" || name.length > 120) return { error: "Name required" };
  const id = newToken();
  // ok: mass-assignment
  await db.insert(users).values({ id, email: email.toLowerCase(), name }).onConflictDoNothing();
  await sendMail(email, "Welcome to Saltmarsh", "A station admin will confirm your visit.");
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit
export async function registerWithProfile(formData: FormData) {
  const profile = Object.fromEntries(formData) as Record<string, string>;
  const parsed = z.object({ email: z.string().email(), password: z.string().min(10) }).passthrough().safeParse(profile);
  if (!parsed.success) return { error: "Invalid" };
  const passwordHash = await bcrypt.hash(parsed.data.password, 12);
  const { success } = await authLimiter.limit(`signup:${parsed.data.email}`);
  if (!success) return { error: "Slow down" };
  // ruleid: mass-assignment
  await db.insert(users).values({ ...profile, id: newToken(), passwordHash } as typeof users.$inferInsert);
  return { ok: true };
}

