"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { parseWithZod } from "@conform-to/zod";
import { connectMongo } from "@/lib/db/mongo";
import { Patient } from "@/lib/models/Patient";
import { verifySession, getSession } from "@/lib/dal";
import { rateLimit } from "@/lib/rate-limit";
import { audit } from "@/lib/audit";
import { issueOtp } from "@/lib/otp";
import { profileSchema, sendOtpSchema } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation
export async function updateProfile(_prev: unknown, formData: FormData) {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  const submission = parseWithZod(formData, { schema: profileSchema });
  if (submission.status !== "success") return submission.reply();
  await connectMongo();
  // ok: mass-assignment, missing-authorization
  await Patient.updateOne({ _id: userId }, { $set: submission.value });
  revalidatePath("/portal/profile");
  return submission.reply();
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function updateContactPreferences(formData: FormData) {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  const data = Object.fromEntries(formData);
  await connectMongo();
  // ruleid: mass-assignment
  await Patient.findByIdAndUpdate(userId, data);
  revalidatePath("/portal/profile");
}

// todoruleid: missing-audit-log -- known gap (pass 40, H): phone (the SMS sign-in identifier) change not seen as sign-in identifier change
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function changePhone(_prev: unknown, formData: FormData) {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  const submission = parseWithZod(formData, { schema: sendOtpSchema });
  if (submission.status !== "success") return submission.reply();
  const { success } = await rateLimit(`change-phone:${userId}`, 3, 3600);
  if (!success) return submission.reply({ formErrors: ["Too many attempts."] });

  await connectMongo();
  const taken = await Patient.exists({ phone: submission.value.phone });
  if (taken) return submission.reply({ formErrors: ["We couldn't update your number."] });
  // ok: missing-authorization
  await Patient.updateOne({ _id: userId }, { $set: { phone: submission.value.phone } });
  await issueOtp(submission.value.phone); // ok: missing-authorization -- (pass 40 gap U, fixed in pass 41) issueOtp targets the phone just written to the caller's own row
  return submission.reply();
}

// ok: missing-auth
export async function getMyProfile() {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  await connectMongo();
  const me = await Patient.findById(userId).lean();
  // ruleid: excessive-data-exposure
  return me;
}

// ok: missing-auth
export async function getMyProfileSummary() {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  await connectMongo();
  const me = await Patient.findById(userId).select("firstName lastName phone email address smsOptIn").lean();
  // ok: excessive-data-exposure
  return me;
}

// ok: missing-auth, missing-audit-log
export async function deleteMyAccount() {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  await connectMongo();
  await Patient.updateOne({ _id: userId }, { $set: { status: "archived", otpHash: null } });
  await audit({ actorId: userId, actorRole: "patient", action: "patient.account_closed", target: userId });
  // ok: floating-auth-check
  const session = await getSession();
  session.destroy();
  redirect("/");
}
