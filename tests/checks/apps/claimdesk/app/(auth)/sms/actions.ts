"use server";

import { cookies } from "next/headers";
import { type } from "arktype";
import { prisma } from "@/lib/db";
import { sendSms } from "@/lib/notify";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sql } from "@/lib/sql";
import { logSecurityEvent } from "@/lib/audit";
import { secureCompare } from "@/lib/crypto";

const Phone = type({ phone: "string>=8" });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function sendSmsCode(formData: FormData) {
  const out = Phone({ phone: formData.get("phone") });
  if (out instanceof type.errors) return { error: "Invalid phone" };
  const code = String(Math.floor(100000 + Math.random() * 900000));
  await sql`insert into sms_codes (phone, code, expires_at) values (${out.phone}, ${code}, now() + interval '5 minutes')`;
  await sendSms(out.phone, `Your Claimdesk code is ${code}`);
  (await cookies()).set("cd_sms_phone", out.phone, { httpOnly: true, maxAge: 300 });
  return { sent: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function verifySmsCode(formData: FormData) {
  await rateLimitByIp("sms-verify", 5);
  const code = formData.get("code");
  if (typeof code !== "string" || !/^\d{6}$/.test(code)) return { error: "Enter the 6-digit code" };
  const phone = (await cookies()).get("cd_sms_phone")?.value;
  if (!phone) return { error: "Code expired" };
  const [row] = await sql<{ code: string }[]>`select code from sms_codes where phone = ${phone} and expires_at > now() order by expires_at desc limit 1`;
  // ok: timing-unsafe-comparison
  if (!row || !secureCompare(row.code, code)) {
    await logSecurityEvent("sms_code_failed", null, { phone });
    return { error: "Invalid code" };
  }
  const user = await prisma.user.findFirst({ where: { phone }, select: { id: true } });
  await logSecurityEvent("sms_login_success", user?.id ?? null);
  return { ok: true };
}

// second factor for staff logins (2FA by SMS)
// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function verifyStaffOtp(formData: FormData) {
  const otp = formData.get("otp");
  if (typeof otp !== "string") return { error: "Missing code" };
  const pending = (await cookies()).get("cd_2fa_pending")?.value;
  if (!pending) return { error: "Session expired" };
  const [row] = await sql<{ otp: string; user_id: string }[]>`select otp, user_id from pending_2fa where id = ${pending}`;
  // ruleid: timing-unsafe-comparison
  if (!row || row.otp != otp) {
    await logSecurityEvent("otp_failed", row?.user_id ?? null);
    return { error: "Invalid code" };
  }
  await logSecurityEvent("otp_success", row.user_id);
  return { ok: true };
}
