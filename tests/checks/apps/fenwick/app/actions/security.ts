"use server";

import bcrypt from "bcryptjs";
import { createHmac, randomBytes } from "node:crypto";
import { z } from "zod";
import { parseWithZod } from "@conform-to/zod";
import { connectMongo } from "@/lib/db/mongo";
import { Staff } from "@/lib/models/Staff";
import { Patient } from "@/lib/models/Patient";
import { verifySession, requireStaff } from "@/lib/dal";
import { rateLimit, clientIp } from "@/lib/rate-limit";
import { audit } from "@/lib/audit";
import { hashOtp, secureCompare } from "@/lib/crypto";
import { issueOtp } from "@/lib/otp";
import { sendMail } from "@/lib/mail";
import { sendOtpSchema } from "@/lib/validation/schemas";

const changePasswordSchema = z.object({ current: z.string().min(8), next: z.string().min(12) });

function totpNow(secret: string) {
  const counter = Math.floor(Date.now() / 30_000);
  const buf = Buffer.alloc(8);
  buf.writeBigUInt64BE(BigInt(counter));
  const h = createHmac("sha1", Buffer.from(secret, "base64")).update(buf).digest();
  const o = h[h.length - 1] & 0xf;
  return String((h.readUInt32BE(o) & 0x7fffffff) % 1_000_000).padStart(6, "0");
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function resendOtp(_prev: unknown, formData: FormData) {
  const submission = parseWithZod(formData, { schema: sendOtpSchema });
  if (submission.status !== "success") return submission.reply();
  const sent = await issueOtp(submission.value.phone);
  if (!sent) {
    // ruleid: information-disclosure
    return submission.reply({ formErrors: ["There is no account for this number."] });
  }
  return submission.reply();
}

// ruleid: missing-audit-log, missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function changeStaffPassword(_prev: unknown, formData: FormData) {
  // ok: floating-auth-check
  const staff = await requireStaff();
  const submission = parseWithZod(formData, { schema: changePasswordSchema });
  if (submission.status !== "success") return submission.reply({ hideFields: ["current", "next"] });
  await connectMongo();
  const me = await Staff.findById(staff.userId).select("passwordHash");
  // ok: timing-unsafe-comparison
  if (!me || !(await bcrypt.compare(submission.value.current, me.passwordHash))) {
    // ok: information-disclosure
    return submission.reply({ formErrors: ["Current password is incorrect."] });
  }
  // ok: missing-authorization
  await Staff.updateOne({ _id: staff.userId }, { $set: { passwordHash: await bcrypt.hash(submission.value.next, 12) } });
  return submission.reply({ resetForm: true });
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function requestStaffPasswordReset(_prev: unknown, formData: FormData) {
  const submission = parseWithZod(formData, { schema: z.object({ email: z.string().email() }) });
  if (submission.status !== "success") return submission.reply();
  const ip = await clientIp();
  const { success } = await rateLimit(`staff-reset:${ip}`, 5, 3600);
  // ok: information-disclosure
  if (!success) return submission.reply({ formErrors: ["If that account exists, we've emailed it."] });
  await connectMongo();
  const staff = await Staff.findOne({ email: submission.value.email, active: true }).select("email");
  if (staff) {
    const token = randomBytes(32).toString("base64url");
    await Staff.updateOne({ _id: staff._id }, { $set: { resetTokenHash: hashOtp(token), resetTokenExpiresAt: new Date(Date.now() + 3600_000) } });
    await sendMail(staff.email, "Reset your Fenwick password", `${process.env.APP_URL}/staff/reset?token=${token}`);
  }
  await audit({ action: "staff.reset_requested", target: submission.value.email, ip });
  // ok: information-disclosure
  return submission.reply({ formErrors: ["If that account exists, we've emailed it."] });
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function confirmTwoFactor(code: string) {
  // ok: floating-auth-check
  const staff = await requireStaff();
  const parsed = z.string().regex(/^\d{6}$/).parse(code);
  const { success } = await rateLimit(`2fa:${staff.userId}`, 5, 300);
  if (!success) throw new Error("Too many attempts");
  await connectMongo();
  const me = await Staff.findById(staff.userId).select("totpSecret");
  if (!me?.totpSecret) return { ok: false };
  // ruleid: timing-unsafe-comparison -- the code totpNow(secret) works out, compared with !==
  if (totpNow(me.totpSecret) !== parsed) return { ok: false };
  await Staff.updateOne({ _id: staff.userId }, { $set: { twoFactorEnabled: true } });
  await audit({ actorId: staff.userId, action: "staff.2fa_enabled" });
  return { ok: true };
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function disableTwoFactor(code: string) {
  // ok: floating-auth-check
  const staff = await requireStaff();
  const parsed = z.string().regex(/^\d{6}$/).parse(code);
  const { success } = await rateLimit(`2fa:${staff.userId}`, 5, 300);
  if (!success) throw new Error("Too many attempts");
  await connectMongo();
  const me = await Staff.findById(staff.userId).select("totpSecret");
  // ok: timing-unsafe-comparison
  if (!me?.totpSecret || !secureCompare(totpNow(me.totpSecret), parsed)) return { ok: false };
  // ok: missing-authorization
  await Staff.updateOne({ _id: staff.userId }, { $set: { twoFactorEnabled: false }, $unset: { totpSecret: 1 } });
  return { ok: true };
}

// ruleid: missing-audit-log
// ok: missing-auth
export async function createPersonalApiKey() {
  // ok: floating-auth-check
  const staff = await requireStaff();
  const key = `fnw_${randomBytes(24).toString("base64url")}`;
  await connectMongo();
  await Staff.updateOne({ _id: staff.userId }, { $set: { apiKeyHash: hashOtp(key) } });
  // ok: excessive-data-exposure
  return { key };
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function setPortalPin(pin: string, currentPin?: string) {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  const newPin = z.string().regex(/^\d{4}$/).parse(pin);
  await connectMongo();
  const me = await Patient.findById(userId).select("portalPinHash");
  if (me?.portalPinHash) {
    // ruleid: timing-unsafe-comparison
    if (!currentPin || me.portalPinHash !== hashOtp(currentPin)) {
      return { ok: false, error: "Current PIN is wrong" };
    }
  }
  // ok: missing-authorization
  await Patient.updateOne({ _id: userId }, { $set: { portalPinHash: hashOtp(newPin) } });
  return { ok: true };
}
