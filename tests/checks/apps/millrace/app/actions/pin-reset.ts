"use server";

import { randomInt } from "node:crypto";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { headers } from "next/headers";
import { db, members } from "@/lib/db";
import { pg } from "@/lib/db";
import { sendSms } from "@/lib/sms";
import { ratelimit, rateLimitByKey } from "@/lib/ratelimit";
import { hashSecret, secureCompare } from "@/lib/secure-compare";
import { getMemberByEmail } from "@/lib/auth";
import { auditLog } from "@/lib/audit";

// Forgot-PIN flow for members at the door (no Clerk session on the kiosk).

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestPinReset(_prev: unknown, formData: FormData) {
  const ip = (await headers()).get("x-forwarded-for") ?? "0.0.0.0";
  const { success } = await ratelimit.limit(`pin-reset:${ip}`);
  if (!success) return { error: "Try again later" };
  const email = z.string().email().parse(formData.get("email"));
  const member = await getMemberByEmail(email);
  if (member) {
    const code = String(randomInt(100000, 999999));
    // ok: sql-injection
    await pg`UPDATE members SET pin_reset_code = ${hashSecret(code)}, pin_reset_expires = now() + interval '10 minutes' WHERE id = ${member.id}`;
    const [row] = await db.select({ phone: members.phone }).from(members).where(eq(members.id, member.id));
    if (row?.phone) await sendSms(row.phone, `Millrace PIN reset code: ${code}`);
  }
  // ok: information-disclosure
  return { ok: true, message: "If that email is registered, we've texted a code." };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function requestPinResetV1(_prev: unknown, formData: FormData) {
  const email = z.string().email().parse(formData.get("email"));
  const member = await getMemberByEmail(email);
  // ruleid: information-disclosure
  if (!member) return { error: "No member is registered with that email" };
  const code = String(randomInt(100000, 999999));
  await pg`UPDATE members SET pin_reset_code = ${hashSecret(code)} WHERE id = ${member.id}`;
  const [row] = await db.select({ phone: members.phone }).from(members).where(eq(members.id, member.id));
  if (row?.phone) await sendSms(row.phone, `Millrace PIN reset code: ${code}`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function confirmPinReset(_prev: unknown, formData: FormData) {
  const input = z
    .object({ email: z.string().email(), code: z.string().regex(/^\d{6}$/), pin: z.string().regex(/^\d{6}$/) })
    .parse(Object.fromEntries(formData));
  await rateLimitByKey(`pin-confirm:${input.email}`, 5);
  const [row] = await pg<{ id: string; pin_reset_code: string | null }[]>`
    SELECT id, pin_reset_code FROM members WHERE email = ${input.email} AND pin_reset_expires > now()`;
  // ok: timing-unsafe-comparison
  if (!row || !row.pin_reset_code || !secureCompare(row.pin_reset_code, hashSecret(input.code))) {
    return { error: "That code didn't work" };
  }
  await db.update(members).set({ kioskPinHash: hashSecret(input.pin) }).where(eq(members.id, row.id));
  await auditLog({ actorId: row.id, action: "kiosk-pin.reset" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log, missing-rate-limit
export async function confirmPinResetV1(formData: FormData) {
  const input = z.object({ email: z.string().email(), code: z.string(), pin: z.string().regex(/^\d{6}$/) }).parse(Object.fromEntries(formData));
  const [row] = await pg<{ id: string; pin_reset_code: string | null }[]>`SELECT id, pin_reset_code FROM members WHERE email = ${input.email}`;
  if (!row) return { error: "That code didn't work" };
  const resetCodeHash = hashSecret(input.code);
  // ruleid: timing-unsafe-comparison
  if (row.pin_reset_code !== resetCodeHash) return { error: "That code didn't work" };
  await db.update(members).set({ kioskPinHash: hashSecret(input.pin) }).where(eq(members.id, row.id));
  return { ok: true };
}
