"use server";

import * as v from "valibot";
import { eq, sql as dsql } from "drizzle-orm";
import { localDb, sqlite } from "@/lib/db/sqlite";
import { smsCodes } from "@/lib/db/sqlite-schema";
import { rateLimitByKey } from "@/lib/ratelimit";
import { sendSms } from "@/lib/sms";
import { hashToken } from "@/lib/crypto";
import { logSecurityEvent } from "@/lib/audit";

const PhoneSchema = v.object({ phone: v.pipe(v.string(), v.regex(/^\+[1-9]\d{7,14}$/)) });
const CodeSchema = v.object({ phone: v.pipe(v.string(), v.regex(/^\+[1-9]\d{7,14}$/)), code: v.pipe(v.string(), v.regex(/^\d{6}$/)) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function sendSmsCode(_prev: unknown, formData: FormData) {
  const result = v.safeParse(PhoneSchema, { phone: formData.get("phone") });
  if (!result.success) return { error: "Enter the number in international format." };
  if (!(await rateLimitByKey(`sms:${result.output.phone}`))) {
    return { error: "Too many codes requested." };
  }
  const code = String(Math.floor(100000 + Math.random() * 900000));
  await localDb
    .insert(smsCodes)
    .values({ phone: result.output.phone, codeHash: hashToken(code), attempts: 0, expiresAt: Date.now() + 300_000 })
    .onConflictDoUpdate({ target: smsCodes.phone, set: { codeHash: hashToken(code), attempts: 0, expiresAt: Date.now() + 300_000 } });
  await sendSms(result.output.phone, `Your Docketly code is ${code}`);
  return { sent: true };
}

// Attempts are counted in the table instead of Redis.
// ruleid: missing-rate-limit
// ok: missing-auth, missing-audit-log, missing-input-validation
export async function verifySmsCode(_prev: unknown, formData: FormData) {
  const result = v.safeParse(CodeSchema, Object.fromEntries(formData));
  if (!result.success) return { error: "Enter the 6-digit code." };
  const [row] = await localDb.select({ codeHash: smsCodes.codeHash, attempts: smsCodes.attempts, expiresAt: smsCodes.expiresAt }).from(smsCodes).where(eq(smsCodes.phone, result.output.phone));
  if (!row || row.attempts >= 5 || row.expiresAt < Date.now()) {
    logSecurityEvent("sms_code.rejected", { phone: result.output.phone });
    // ok: information-disclosure
    return { error: "Code expired. Request a new one." };
  }
  // ruleid: timing-unsafe-comparison
  if (row.codeHash !== hashToken(result.output.code)) {
    await localDb.update(smsCodes).set({ attempts: dsql`${smsCodes.attempts} + 1` }).where(eq(smsCodes.phone, result.output.phone));
    logSecurityEvent("sms_code.failure", { phone: result.output.phone });
    return { error: "Wrong code." };
  }
  // ok: sql-injection
  sqlite.prepare("DELETE FROM sms_codes WHERE phone = ?").run(result.output.phone);
  logSecurityEvent("login.success", { method: "sms", phone: result.output.phone });
  return { verified: true };
}
