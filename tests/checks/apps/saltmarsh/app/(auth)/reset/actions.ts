"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { and, eq, gt } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { users } from "@/lib/db/schema";
import { sql } from "@/lib/db/sql";
import { sendMail } from "@/lib/mailer";
import { sha256, newToken } from "@/lib/crypto";
import { authLimiter, clientIp } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function requestPasswordReset(formData: FormData) {
  const email = formData.get("email");
  if (typeof email !== "string" || !email.includes("@")) return { error: "Enter your email." };
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email.toLowerCase()));
  if (!u) {
    // ruleid: information-disclosure
    return { error: "No account with that email address." };
  }
  const token = newToken();
  await sql`insert into password_resets (user_id, token_hash, expires_at) values (${u.id}, ${sha256(token)}, now() + interval '1 hour')`;
  await sendMail(email, "Reset your Saltmarsh password", `https://saltmarsh.example/reset/${token}`);
  return { ok: true };
}

const ResetSchema = z.object({ token: z.string().min(20), password: z.string().min(10) });

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function resetPassword(_prev: unknown, formData: FormData) {
  const { success } = await authLimiter.limit(`reset:${await clientIp()}`);
  if (!success) return { error: "Too many attempts." };
  const parsed = ResetSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid request." };
  // hashed-token lookup: no comparison of the secret in JS
  // ok: sql-injection
  const [row] = await sql<{ user_id: string }[]>`select user_id from password_resets where token_hash = ${sha256(parsed.data.token)} and expires_at > now()`;
  // ok: information-disclosure
  if (!row) return { error: "This link is invalid or has expired." };
  const passwordHash = await bcrypt.hash(parsed.data.password, 12);
  // ok: missing-authorization
  await db.update(users).set({ passwordHash }).where(eq(users.id, row.user_id));
  await sql`delete from password_resets where user_id = ${row.user_id}`;
  await auditLog({ actorId: row.user_id, action: "password.reset" });
  return { ok: true };
}
