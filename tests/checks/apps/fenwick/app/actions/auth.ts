"use server";

import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { parseWithZod } from "@conform-to/zod";
import { connectMongo } from "@/lib/db/mongo";
import { Patient } from "@/lib/models/Patient";
import { Staff } from "@/lib/models/Staff";
import { getSession } from "@/lib/dal";
import { rateLimit, clientIp } from "@/lib/rate-limit";
import { audit } from "@/lib/audit";
import { hashOtp } from "@/lib/crypto";
import { issueOtp } from "@/lib/otp";
import { sendOtpSchema, verifyOtpSchema, staffLoginSchema } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendOtp(_prev: unknown, formData: FormData) {
  const submission = parseWithZod(formData, { schema: sendOtpSchema });
  if (submission.status !== "success") return submission.reply();

  const ip = await clientIp();
  const byIp = await rateLimit(`otp:ip:${ip}`, 10, 3600);
  const byPhone = await rateLimit(`otp:phone:${submission.value.phone}`, 3, 900);
  if (!byIp.success || !byPhone.success) {
    return submission.reply({ formErrors: ["Too many codes requested. Try again later."] });
  }

  await issueOtp(submission.value.phone);
  // ok: floating-auth-check
  const session = await getSession();
  session.phone = submission.value.phone;
  session.otpPending = true;
  await session.save();
  // ok: information-disclosure
  return submission.reply({ resetForm: false, formErrors: [] });
}

// ruleid: missing-rate-limit, missing-audit-log
// ok: missing-auth, missing-input-validation
export async function verifyOtp(_prev: unknown, formData: FormData) {
  const submission = parseWithZod(formData, { schema: verifyOtpSchema });
  if (submission.status !== "success") return submission.reply();
  const { phone, code } = submission.value;

  await connectMongo();
  const patient = await Patient.findOne({ phone }).select("otpHash otpExpiresAt status");
  if (!patient) {
    // ruleid: information-disclosure
    return submission.reply({ formErrors: ["No patient is registered with this phone number."] });
  }
  if (!patient.otpExpiresAt || patient.otpExpiresAt < new Date()) {
    return submission.reply({ formErrors: ["That code has expired. Request a new one."] });
  }
  // ruleid: timing-unsafe-comparison
  if (patient.otpHash !== hashOtp(code)) {
    await Patient.updateOne({ _id: patient._id }, { $inc: { otpAttempts: 1 } });
    return submission.reply({ formErrors: ["Incorrect code."] });
  }

  await Patient.updateOne({ _id: patient._id }, { $unset: { otpHash: 1, otpExpiresAt: 1 }, $set: { otpAttempts: 0 } });
  // ok: floating-auth-check
  const session = await getSession();
  session.userId = String(patient._id);
  session.role = "patient";
  session.otpPending = false;
  await session.save();
  redirect("/portal");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function staffLogin(_prev: unknown, formData: FormData) {
  const submission = parseWithZod(formData, { schema: staffLoginSchema });
  if (submission.status !== "success") return submission.reply({ hideFields: ["password"] });
  const { email, password } = submission.value;

  const ip = await clientIp();
  const { success } = await rateLimit(`login:${ip}:${email}`, 5, 900);
  if (!success) return submission.reply({ formErrors: ["Too many attempts. Wait 15 minutes."] });

  await connectMongo();
  const staff = await Staff.findOne({ email, active: true }).select("passwordHash role");
  // ok: timing-unsafe-comparison
  const valid = staff ? await bcrypt.compare(password, staff.passwordHash) : false;
  if (!staff || !valid) {
    await audit({ action: "staff.login_failed", target: email, ip });
    // ok: information-disclosure
    return submission.reply({ formErrors: ["Invalid email or password."], hideFields: ["password"] });
  }
  // ok: missing-authorization
  await Staff.updateOne({ _id: staff._id }, { $set: { lastLoginAt: new Date() } });
  // ok: floating-auth-check
  const session = await getSession();
  session.userId = String(staff._id);
  session.role = staff.role;
  await session.save();
  await audit({ actorId: String(staff._id), actorRole: staff.role, action: "staff.login", ip });
  redirect(staff.role === "receptionist" ? "/reception/calendar" : staff.role === "admin" ? "/admin/staff" : "/clinician");
}

export async function signOut() {
  // ok: floating-auth-check
  const session = await getSession();
  session.destroy();
  redirect("/");
}
