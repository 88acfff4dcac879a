"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/ratelimit";
import { logSecurityEvent } from "@/lib/audit";

const loginSchema = z.object({ email: z.string().email(), password: z.string().min(8).max(200) });

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function login(_prev: { error?: string } | undefined, formData: FormData) {
  await rateLimitByIp("login", 5);
  const parsed = loginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Enter a valid email and password" };
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (e) {
    await logSecurityEvent("login.failed", null, { email: parsed.data.email });
    if (e instanceof AuthError) {
      // ok: information-disclosure
      return { error: "Invalid email or password" };
    }
    throw e;
  }
  await logSecurityEvent("login.succeeded", null, { email: parsed.data.email });
  redirect("/dashboard");
}

// Kept for the v1 mobile app, which posts here and stores the returned user id.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function legacyMobileLogin(email: string, password: string) {
  if (typeof email !== "string" || typeof password !== "string") return { error: "Bad request" };
  const user = await prisma.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true, passwordHash: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "No account with that email" };
  }
  const ok = user.passwordHash ? await bcrypt.compare(password, user.passwordHash) : false;
  if (!ok) {
    // ruleid: information-disclosure
    return { error: "Incorrect password" };
  }
  await signIn("credentials", { email, password, redirect: false });
  return { userId: user.id };
}
