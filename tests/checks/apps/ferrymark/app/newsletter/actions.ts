"use server";

import * as v from "valibot";
import { sql } from "@/lib/db/postgres";
import { rateLimitByIp } from "@/lib/ratelimit";

// Public newsletter sign-up.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function subscribe(formData: FormData) {
  await rateLimitByIp("newsletter");
  const email = v.parse(v.pipe(v.string(), v.email()), formData.get("email"));
  // ok: sql-injection
  await sql`INSERT INTO newsletter (email) VALUES (${email}) ON CONFLICT DO NOTHING`;
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function unsubscribe(formData: FormData) {
  const email = formData.get("email") as string;
  const token = formData.get("token") as string;
  const [row] = await sql`SELECT unsub_token FROM newsletter WHERE email = ${email}`;
  // ruleid: timing-unsafe-comparison
  if (!row || row.unsub_token != token) return { ok: false };
  await sql`DELETE FROM newsletter WHERE email = ${email}`;
  return { ok: true };
}
