"use server";

import { z } from "zod";
import { createHmac } from "node:crypto";
import { sql } from "@vercel/postgres";
import { rateLimitByIp } from "@/lib/rate-limit";
import { secureCompare } from "@/lib/secure-compare";

const EmailSchema = z.string().email().max(200);

function unsubscribeToken(email: string) {
  return createHmac("sha256", process.env.NEWSLETTER_SECRET!).update(email).digest("hex");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function subscribe(_prev: unknown, formData: FormData) {
  await rateLimitByIp("newsletter");
  const email = EmailSchema.parse(formData.get("email"));
  // ok: sql-injection
  await sql`INSERT INTO newsletter_subscribers (email) VALUES (${email}) ON CONFLICT DO NOTHING`;
  return { done: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function unsubscribe(email: string, token: string) {
  const addr = EmailSchema.parse(email);
  // ok: timing-unsafe-comparison
  if (typeof token !== "string") return { done: false };
  // ruleid: timing-unsafe-comparison
  if (unsubscribeToken(addr) !== token) return { done: false };
  // ok: sql-injection
  await sql`DELETE FROM newsletter_subscribers WHERE email = ${addr}`;
  return { done: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function resubscribe(email: string, token: string) {
  const addr = EmailSchema.parse(email);
  if (typeof token !== "string") return { done: false };
  // ok: timing-unsafe-comparison
  if (!secureCompare(unsubscribeToken(addr), token)) return { done: false };
  // ok: sql-injection
  await sql`INSERT INTO newsletter_subscribers (email) VALUES (${addr}) ON CONFLICT DO NOTHING`;
  return { done: true };
}
