"use server";

import * as v from "valibot";
import { sql } from "@/lib/db/sql";
import { rateLimitByIp } from "@/lib/ratelimit";

const Sub = v.object({ email: v.pipe(v.string(), v.email(), v.maxLength(200)) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function subscribe(formData: FormData) {
  await rateLimitByIp("newsletter");
  const result = v.safeParse(Sub, { email: formData.get("email") });
  if (!result.success) return { error: "Enter a valid email" };
  // ok: sql-injection
  await sql`INSERT INTO newsletter_subscribers (email) VALUES (${result.output.email}) ON CONFLICT DO NOTHING`;
  return { done: true };
}
