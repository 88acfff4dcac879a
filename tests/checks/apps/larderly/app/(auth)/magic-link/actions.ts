"use server";

import { z } from "zod";
import { randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { sql } from "@/lib/db/sql";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mailer";
import { logger } from "@/lib/logger";

// Volunteers without a password sign in by link.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendMagicLink(formData: FormData) {
  await rateLimitByIp("magic-link");
  const email = z.string().email().parse(formData.get("email"));
  const token = randomBytes(32).toString("base64url");
  // ok: sql-injection
  const rows = await sql`UPDATE users SET login_token = ${token}, login_token_expires = now() + interval '15 minutes' WHERE email = ${email} RETURNING id`;
  if (rows.length) await sendMail(email, "Your sign-in link", `https://larderly.org/magic-link/verify?email=${encodeURIComponent(email)}&token=${token}`);
  // ok: information-disclosure
  return { message: "Check your inbox." };
}

// why: magic-link token check with no rate limit
// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function verifyMagicLink(email: string, token: string) {
  const input = z.object({ email: z.string().email(), token: z.string().min(20).max(100) }).parse({ email, token });
  const [row] = await sql`SELECT id, login_token FROM users WHERE email = ${input.email} AND login_token_expires > now()`;
  // why: says whether the address has an account
  // ruleid: information-disclosure
  if (!row) return { error: "User not found" };
  // why: stored login token compared with !==
  // ruleid: timing-unsafe-comparison
  if (row.login_token !== input.token) {
    logger.warn({ email: input.email }, "magic link mismatch");
    return { error: "Link expired" };
  }
  logger.info({ userId: row.id }, "magic link sign-in");
  (await cookies()).set("volunteer_session", randomBytes(24).toString("hex"), { httpOnly: true, secure: true });
  return { done: true };
}
