"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";
import { rateLimitByIp } from "@/lib/rate-limit";
import { logger } from "@/lib/logger";

const LoginSchema = z.object({ email: z.string().email(), password: z.string().min(1).max(200) });

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function login(_prev: unknown, formData: FormData) {
  await rateLimitByIp("maker-login");
  const parsed = LoginSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { error: "Enter a valid email and password." };
  const supabase = await createClient();
  const { error } = await supabase.auth.signInWithPassword(parsed.data);
  if (error) {
    logger.warn({ event: "maker.login_failed", email: parsed.data.email }, "login failed");
    // ok: information-disclosure
    return { error: "Invalid email or password." };
  }
  logger.info({ event: "maker.login", email: parsed.data.email }, "login");
  redirect("/dashboard");
}

// why: magic-link sign-in sends an email and has no throttle (email bombing)
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function sendMagicLink(formData: FormData) {
  const email = formData.get("email");
  if (typeof email !== "string" || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) return { error: "Enter a valid email." };
  const supabase = await createClient();
  await supabase.auth.signInWithOtp({ email, options: { emailRedirectTo: `${process.env.NEXT_PUBLIC_SITE_URL}/auth/callback` } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function logout() {
  const supabase = await createClient();
  await supabase.auth.signOut();
  redirect("/");
}
