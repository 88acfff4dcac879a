"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { pool } from "@/lib/db/pg";
import { getStaffSession } from "@/lib/iron";
import { rateLimitByIp } from "@/lib/rate-limit";
import { logSecurityEvent } from "@/lib/audit";

const loginSchema = z.object({ email: z.string().email(), password: z.string().min(1).max(200) });

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function staffLogin(_prev: unknown, formData: FormData) {
  await rateLimitByIp("staff-login");
  const parsed = loginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid credentials" };
  // ok: sql-injection
  const { rows } = await pool.query("SELECT id, email, password_hash FROM staff WHERE email = $1 AND disabled = false", [parsed.data.email]);
  const staff = rows[0] as { id: string; email: string; password_hash: string } | undefined;
  // ok: timing-unsafe-comparison
  const valid = staff ? await bcrypt.compare(parsed.data.password, staff.password_hash) : false;
  if (!staff || !valid) {
    await logSecurityEvent("staff.login_failed", null, { email: parsed.data.email });
    // ok: information-disclosure
    return { error: "Invalid credentials" };
  }
  await logSecurityEvent("staff.login", staff.id);
  const session = await getStaffSession();
  session.staffId = staff.id;
  session.email = staff.email;
  session.mfaPassed = false;
  await session.save();
  redirect("/staff/login/otp");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function verifyStaffOtp(formData: FormData) {
  const session = await getStaffSession();
  if (!session.staffId) redirect("/staff/login");
  const { code } = z.object({ code: z.string().regex(/^\d{6}$/) }).parse({ code: formData.get("code") });
  // ok: sql-injection
  const { rows } = await pool.query("SELECT otp_code, otp_expires_at FROM staff WHERE id = $1", [session.staffId]);
  const otp = rows[0]?.otp_code as string | undefined;
  // ruleid: timing-unsafe-comparison
  if (!otp || otp !== code) {
    await logSecurityEvent("staff.otp_failed", session.staffId);
    return { error: "Invalid code" };
  }
  await logSecurityEvent("staff.otp_passed", session.staffId);
  session.mfaPassed = true;
  await session.save();
  redirect("/staff");
}

// ok: missing-auth
export async function staffLogout() {
  const session = await getStaffSession();
  session.destroy();
  redirect("/staff/login");
}
