"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { rateLimitByIp } from "@/lib/rate-limit";
import { sql } from "@/lib/db/sql";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function ownerSignIn(formData: FormData) {
  await rateLimitByIp("owner-signin", 10);
  const { email, password } = z.object({ email: z.string().email(), password: z.string().min(1) }).parse(Object.fromEntries(formData));
  const supabase = await createClient();
  const { error } = await supabase.auth.signInWithPassword({ email, password });
  logger.info({ email, ok: !error }, "owner sign-in");
  // ok: information-disclosure
  if (error) return { error: "Invalid email or password" };
  redirect("/owners");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function ownerMagicLink(formData: FormData) {
  await rateLimitByIp("owner-otp", 5);
  const email = z.string().email().parse(formData.get("email"));
  // ok: sql-injection
  const [known] = await sql`SELECT id FROM owner_profiles WHERE lower(email) = lower(${email}) LIMIT 1`;
  if (!known) {
    // ruleid: information-disclosure
    return { error: "There is no owner account for this email. Ask your marina to invite you." };
  }
  const supabase = await createClient();
  await supabase.auth.signInWithOtp({ email, options: { shouldCreateUser: false } });
  return { ok: true };
}
