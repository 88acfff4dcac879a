"use server";

import { z } from "zod";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/authjs";
import { rateLimitByIp } from "@/lib/ratelimit";
import { logger } from "@/lib/logger";
import { getUserByEmail } from "@/lib/auth/current-user";
import bcrypt from "bcryptjs";

const loginSchema = z.object({ email: z.string().email(), password: z.string().min(1).max(200) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function login(_prev: unknown, formData: FormData) {
  await rateLimitByIp("login");
  const parsed = loginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid email or password" };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: "/dashboard" });
    logger.info({ email: parsed.data.email }, "login success");
  } catch (e) {
    if (e instanceof AuthError) {
      logger.warn({ email: parsed.data.email }, "login failed");
      // ok: information-disclosure
      return { error: "Invalid email or password" };
    }
    throw e;
  }
}

// Kept for the volunteer kiosk's old "check my account" flow.
// why: password check endpoint with no rate limit and no audit of the failure/success
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function checkVolunteerLogin(formData: FormData) {
  const parsed = loginSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { error: "Invalid input" };
  const user = await getUserByEmail(parsed.data.email);
  // why: distinguishes unknown email from wrong password
  // ruleid: information-disclosure
  if (!user?.passwordHash) return { error: "No account with that email" };
  const valid = await bcrypt.compare(parsed.data.password, user.passwordHash);
  // ruleid: information-disclosure
  if (!valid) return { error: "Incorrect password" };
  return { done: true };
}
