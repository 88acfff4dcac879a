"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { randomBytes } from "node:crypto";
import { sql } from "@/lib/db";
import { limitByIp, limit } from "@/lib/ratelimit";
import { logEvent } from "@/lib/audit";
import { sendMail } from "@/lib/mailer";
import { hashKey } from "@/lib/api-keys";
import { safeEqual } from "@/lib/secure-compare";

// Pre-Clerk desktop accounts ("legacy logins"), still used by the broker desktop client.

const loginSchema = z.object({ licenseNumber: z.string().min(4).max(30), password: z.string().min(8).max(200) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function legacyLogin(_prev: unknown, formData: FormData) {
  await limitByIp("legacy-login", 5, 300);
  const parsed = loginSchema.safeParse({ licenseNumber: formData.get("licenseNumber"), password: formData.get("password") });
  // ok: information-disclosure
  if (!parsed.success) return { error: "Invalid licence number or password" };
  // ok: sql-injection
  const [row] = await sql`SELECT user_id, password_hash FROM legacy_logins WHERE license_number = ${parsed.data.licenseNumber}`;
  // ok: timing-unsafe-comparison
  const valid = row ? await bcrypt.compare(parsed.data.password, row.password_hash) : false;
  await logEvent({ actorId: row?.user_id ?? null, action: valid ? "legacy.login_ok" : "legacy.login_failed" });
  // ok: information-disclosure
  if (!valid) return { error: "Invalid licence number or password" };
  const token = randomBytes(32).toString("hex");
  // ok: sql-injection
  await sql`INSERT INTO legacy_sessions (token_hash, user_id, expires_at) VALUES (${hashKey(token)}, ${row.user_id}, now() + interval '8 hours')`;
  (await cookies()).set("tg_legacy", token, { httpOnly: true, secure: true, sameSite: "lax" });
  redirect("/desktop");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestLegacyReset(_prev: unknown, formData: FormData) {
  await limitByIp("legacy-reset", 3, 900);
  const email = z.string().email().safeParse(formData.get("email"));
  // ok: information-disclosure
  if (!email.success) return { message: "If that address has an account, we sent a link." };
  // ok: sql-injection
  const [row] = await sql`SELECT user_id FROM legacy_logins WHERE email = ${email.data}`;
  if (row) {
    const token = randomBytes(32).toString("hex");
    // ok: sql-injection
    await sql`UPDATE legacy_logins SET reset_token_hash = ${hashKey(token)}, reset_expires = now() + interval '1 hour' WHERE user_id = ${row.user_id}`;
    await sendMail(email.data, "Reset your Tollgate desktop password", `${process.env.APP_URL}/legacy/reset?token=${token}`);
  }
  // ok: information-disclosure
  return { message: "If that address has an account, we sent a link." };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function resetLegacyPassword(_prev: unknown, formData: FormData) {
  const input = z.object({ token: z.string().length(64), password: z.string().min(12).max(200) }).parse({ token: formData.get("token"), password: formData.get("password") });
  // ok: sql-injection
  const [row] = await sql`SELECT user_id, reset_token_hash FROM legacy_logins WHERE reset_token_hash = ${hashKey(input.token)} AND reset_expires > now()`;
  // ok: information-disclosure
  if (!row) return { error: "This link has expired" };
  // ok: sql-injection
  await sql`UPDATE legacy_logins SET password_hash = ${await bcrypt.hash(input.password, 12)}, reset_token_hash = NULL WHERE user_id = ${row.user_id}`;
  redirect("/legacy/login");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function verifyLegacyOtp(_prev: unknown, formData: FormData) {
  const input = z.object({ userId: z.string(), code: z.string().regex(/^\d{6}$/) }).parse({ userId: formData.get("userId"), code: formData.get("code") });
  await limit(`otp:${input.userId}`, 5, 300);
  // ok: sql-injection
  const [row] = await sql`SELECT otp_hash FROM legacy_logins WHERE user_id = ${input.userId} AND otp_expires > now()`;
  // ok: timing-unsafe-comparison
  if (!row || !safeEqual(hashKey(input.code), row.otp_hash)) return { error: "Code is wrong or expired" };
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function verifyLegacyOtpFast(_prev: unknown, formData: FormData) {
  const input = z.object({ userId: z.string(), code: z.string().regex(/^\d{6}$/) }).parse({ userId: formData.get("userId"), code: formData.get("code") });
  // ok: sql-injection
  const [row] = await sql`SELECT otp_hash FROM legacy_logins WHERE user_id = ${input.userId} AND otp_expires > now()`;
  const otpHash = hashKey(input.code);
  // ruleid: timing-unsafe-comparison
  if (!row || row.otp_hash !== otpHash) return { error: "Code is wrong or expired" };
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function legacySignUp(_prev: unknown, formData: FormData) {
  const input = z.object({ email: z.string().email(), licenseNumber: z.string().min(4).max(30), password: z.string().min(12) }).parse(Object.fromEntries(formData));
  // ok: sql-injection, mass-assignment
  await sql`INSERT INTO legacy_logins (email, license_number, password_hash) VALUES (${input.email}, ${input.licenseNumber}, ${await bcrypt.hash(input.password, 12)})`;
  return { ok: true };
}
