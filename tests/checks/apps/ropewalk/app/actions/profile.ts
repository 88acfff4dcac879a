"use server";

import bcrypt from "bcryptjs";
import { randomInt } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import dbConnect from "@/lib/db";
import User from "@/models/User";
import Membership from "@/models/Membership";
import { requireUser, verifySession } from "@/lib/session";
import { profileSchema, password as passwordSchema, email as emailSchema } from "@/lib/validation";
import { rateLimit } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";
import { sendMail } from "@/lib/mail";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function updateProfile(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const parsed = profileSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please check the highlighted fields." };
  await dbConnect();
  // ok: mass-assignment, missing-authorization
  await User.updateOne({ _id: user.id }, { $set: parsed.data });
  revalidatePath("/account");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changePassword(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const parsed = z.object({ current: z.string().min(1), next: passwordSchema }).safeParse({
    current: formData.get("current"),
    next: formData.get("next"),
  });
  if (!parsed.success) return { error: "Password must be at least 10 characters." };
  await rateLimit("login", `pw:${user.id}`);
  await dbConnect();
  const doc = await User.findById(user.id).select("+passwordHash");
  // ok: timing-unsafe-comparison
  const valid = doc?.passwordHash ? await bcrypt.compare(parsed.data.current, doc.passwordHash) : false;
  if (!valid) {
    // ok: information-disclosure
    return { error: "Current password is incorrect." };
  }
  await User.updateOne({ _id: user.id }, { $set: { passwordHash: await bcrypt.hash(parsed.data.next, 12) } });
  await auditLog({ action: "account.password_changed", actorId: user.id });
  return { ok: true };
}

// ruleid: missing-audit-log
export async function changeEmail(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const parsed = emailSchema.safeParse(formData.get("email"));
  if (!parsed.success) return { error: "Enter a valid email." };
  await rateLimit("mail", `email-change:${user.id}`);
  await dbConnect();
  await User.updateOne({ _id: user.id }, { $set: { email: parsed.data, emailVerified: null } });
  await sendMail({ to: parsed.data, subject: "Your Ropewalk email was changed", text: "If this wasn't you, contact the front desk." });
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-audit-log
export async function deleteAccount() {
  const { userId } = await verifySession();
  await dbConnect();
  await Membership.updateMany({ userId, status: "active" }, { $set: { status: "cancelled" } });
  await User.updateOne({ _id: userId }, { $set: { deletedAt: new Date(), email: `deleted+${userId}@ropewalk.invalid`, passwordHash: null } });
  await auditLog({ action: "account.deleted", actorId: userId });
  redirect("/api/auth/signout");
}

// ok: missing-auth, missing-rate-limit
export async function getMyProfile() {
  const me = await requireUser();
  await dbConnect();
  const user = await User.findById(me.id);
  // ruleid: excessive-data-exposure
  return user?.toObject();
}

// ok: missing-auth
export async function getMyProfileCard() {
  const me = await requireUser();
  await dbConnect();
  const user = await User.findById(me.id).select("name email homeGymId phone").lean();
  // ok: excessive-data-exposure
  return user ? { name: user.name, email: user.email, homeGymId: String(user.homeGymId ?? ""), phone: user.phone } : null;
}

// ruleid: missing-input-validation
export async function updatePreferences(formData: FormData) {
  const me = await requireUser();
  await dbConnect();
  const prefs = Object.fromEntries(formData);
  // ruleid: mass-assignment
  await User.updateOne({ _id: me.id }, { $set: prefs });
  revalidatePath("/account");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function regenerateDoorPin() {
  const me = await requireUser();
  await dbConnect();
  const pin = String(randomInt(0, 1_000_000)).padStart(6, "0");
  await User.updateOne({ _id: me.id }, { $set: { doorPin: await bcrypt.hash(pin, 10) } });
  await auditLog({ action: "account.door_pin_reset", actorId: me.id });
  return { pin };
}
