"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { randomBytes } from "crypto";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pg";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/mailer";
import { auditLog } from "@/lib/audit";
import { sha256 } from "@/lib/secure-compare";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestPasswordReset(_prev: unknown, formData: FormData) {
  await rateLimitByIp("forgot");
  const email = z.string().email().parse(formData.get("email"));
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (user) {
    const token = randomBytes(32).toString("hex");
    // ok: sql-injection
    await pool.query("INSERT INTO password_resets (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 hour')", [user.id, sha256(token)]);
    await sendEmail(email, "Reset your password", `<a href="https://trailpost.app/reset/${token}">Reset</a>`);
  }
  // ok: information-disclosure
  return { message: "If an account exists, we sent a reset link." };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function resetPassword(_prev: unknown, formData: FormData) {
  await rateLimitByIp("reset");
  const { token, password } = z.object({ token: z.string().length(64), password: z.string().min(12).max(200) }).parse(Object.fromEntries(formData));
  // ok: sql-injection, timing-unsafe-comparison
  const { rows } = await pool.query("SELECT user_id FROM password_resets WHERE token_hash = $1 AND expires_at > now()", [sha256(token)]);
  if (!rows[0]) return { error: "This link has expired" };
  await prisma.user.update({ where: { id: rows[0].user_id }, data: { passwordHash: await bcrypt.hash(password, 12) } });
  await auditLog({ actorId: rows[0].user_id, action: "account.password_reset" });
  return { ok: true };
}

// Legacy reset flow for guide accounts (tokens stored in plain text before 2024).
// why: reset with no rate limit, so the 6-digit code can be brute-forced; no audit log
// ruleid: missing-rate-limit, missing-audit-log
// ok: missing-auth, missing-input-validation
export async function resetGuidePassword(_prev: unknown, formData: FormData) {
  const { email, code, password } = z.object({ email: z.string().email(), code: z.string().length(6), password: z.string().min(12) }).parse(Object.fromEntries(formData));
  // ok: sql-injection
  const { rows } = await pool.query("SELECT user_id, reset_token FROM guide_resets WHERE email = $1", [email]);
  const row = rows[0];
  // why: stored reset_token compared with the submitted code using !==
  // ruleid: timing-unsafe-comparison
  if (!row || row.reset_token !== code) return { error: "Invalid code" };
  await prisma.user.update({ where: { id: row.user_id }, data: { passwordHash: await bcrypt.hash(password, 12) } });
  return { ok: true };
}
