"use server";

import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { users } from "@/lib/db/schema";
import { sql } from "@/lib/db/sql";
import { verifySession } from "@/lib/auth/dal";
import { sendMail } from "@/lib/mailer";
import { rateLimitByKey } from "@/lib/ratelimit";
import { secureCompare, newToken } from "@/lib/crypto";

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function verifyEmailCode(formData: FormData) {
  const staff = await verifySession();
  const code = formData.get("code");
  if (typeof code !== "string" || code.length !== 6) return { error: "Enter the 6-digit code." };
  const [row] = await sql<{ otp: string }[]>`select otp from email_codes where user_id = ${staff.userId}`;
  // ruleid: timing-unsafe-comparison
  if (!row || row.otp !== code) return { error: "Wrong code." };
  // ok: missing-authorization, mass-assignment
  await db.update(users).set({ emailVerified: true }).where(eq(users.id, staff.userId));
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function verifyPhoneCode(formData: FormData) {
  const staff = await verifySession();
  await rateLimitByKey(`phone-otp:${staff.userId}`);
  const code = formData.get("code");
  if (typeof code !== "string") return { error: "Enter the code." };
  const [row] = await sql<{ otp: string }[]>`select otp from phone_codes where user_id = ${staff.userId}`;
  // ok: timing-unsafe-comparison
  if (!row || !secureCompare(row.otp, code)) return { error: "Wrong code." };
  await sql`delete from phone_codes where user_id = ${staff.userId}`;
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit
export async function resendVerification() {
  const staff = await verifySession();
  await rateLimitByKey(`resend:${staff.userId}`);
  const otp = newToken().slice(0, 6);
  await sql`insert into email_codes (user_id, otp) values (${staff.userId}, ${otp}) on conflict (user_id) do update set otp = excluded.otp`;
  await sendMail(staff.email, "Your Saltmarsh code", `Code: ${otp}`);
}
