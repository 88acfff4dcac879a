"use server";

// 2023 front-desk module. Being replaced by the zsa staff procedures (see lib/procedures.ts),
// still wired to the old iPad desk app.

import bcrypt from "bcryptjs";
import { randomInt } from "node:crypto";
import { cookies } from "next/headers";
import { z } from "zod";
import dbConnect from "@/lib/db";
import User from "@/models/User";
import DayPass from "@/models/DayPass";
import CheckIn from "@/models/CheckIn";
import StaffRole from "@/models/StaffRole";
import { requireUser, requireStaff, requireAdmin, verifySession } from "@/lib/session";
import { objectId } from "@/lib/validation";
import { auditLog } from "@/lib/audit";
import { loginLimiter } from "@/lib/rate-limit";

// ruleid: missing-auth
export async function legacyCheckIn(userId: string, gymId: string) {
  const input = z.object({ userId: objectId, gymId: objectId }).parse({ userId, gymId });
  await dbConnect();
  await CheckIn.create({ userId: input.userId, gymId: input.gymId, method: "desk" }); // todook: mass-assignment -- known gap (pass 42, H): desk check-in names the member; the hole is missing-auth
  return { ok: true };
}

// ruleid: missing-input-validation
export async function legacyFindMember(q: string) {
  await requireUser();
  await dbConnect();
  const users = await User.find({ name: { $regex: q, $options: "i" } }).limit(25); // ruleid: missing-authorization
  // ruleid: excessive-data-exposure
  return users.map((u) => u.toJSON());
}

// ruleid: missing-input-validation
export async function legacyMemberNote(memberId: string, note: string) {
  await requireUser();
  await dbConnect();
  // ruleid: missing-authorization
  await User.updateOne({ _id: memberId }, { $set: { deskNote: note } });
}

// ruleid: missing-input-validation
export async function legacySellPass(formData: FormData) {
  const gymId = String(formData.get("gymId"));
  await requireStaff(gymId, "front_desk");
  await dbConnect();
  // ruleid: mass-assignment
  const pass = await DayPass.create(Object.fromEntries(formData));
  return { id: String(pass._id) };
}

// ruleid: missing-audit-log
export async function legacyResetMemberPin(gymId: string, memberId: string) {
  const input = z.object({ gymId: objectId, memberId: objectId }).parse({ gymId, memberId });
  await requireStaff(input.gymId, "front_desk");
  const pin = String(randomInt(0, 1_000_000)).padStart(6, "0");
  await dbConnect();
  // todoruleid: missing-authorization -- known gap (pass 42, B): role checked at client-named gym, member updated by id alone
  await User.updateOne({ _id: input.memberId }, { $set: { doorPin: await bcrypt.hash(pin, 10) } });
  return { pin };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function legacyResetMemberPinScoped(gymId: string, memberId: string) {
  const input = z.object({ gymId: objectId, memberId: objectId }).parse({ gymId, memberId });
  const { user } = await requireStaff(input.gymId, "front_desk");
  const pin = String(randomInt(0, 1_000_000)).padStart(6, "0");
  await dbConnect();
  // ok: missing-authorization
  await User.updateOne({ _id: input.memberId, homeGymId: input.gymId }, { $set: { doorPin: await bcrypt.hash(pin, 10) } });
  await auditLog({ action: "desk.pin_reset", actorId: user.id, gymId: input.gymId, targetId: input.memberId });
  return { pin };
}

// Shared desk iPad: staff unlock it with their 4-digit desk PIN.
// ruleid: missing-rate-limit
export async function legacyDeskUnlock(gymId: string, staffUserId: string, pin: string) {
  const input = z.object({ gymId: objectId, staffUserId: objectId, pin: z.string().regex(/^\d{4}$/) }).parse({ gymId, staffUserId, pin });
  await dbConnect();
  const staff = await StaffRole.findOne({ gymId: input.gymId, userId: input.staffUserId, active: true }).select("+deskPin role");
  if (!staff) {
    // todoruleid: information-disclosure -- known gap (pass 42, J): 'not on staff' vs 'Wrong desk PIN' not in enumeration vocabulary
    return { error: "That person is not on staff at this gym." };
  }
  // ruleid: timing-unsafe-comparison
  if (staff.deskPin !== input.pin) {
    // todoruleid: information-disclosure -- known gap (pass 42, J): 'not on staff' vs 'Wrong desk PIN' not in enumeration vocabulary
    return { error: "Wrong desk PIN." };
  }
  (await cookies()).set("desk_unlocked", input.gymId, { httpOnly: true, maxAge: 8 * 3600 });
  await auditLog({ action: "desk.unlocked", actorId: input.staffUserId, gymId: input.gymId });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deskUnlock(gymId: string, staffUserId: string, pin: string) {
  const input = z.object({ gymId: objectId, staffUserId: objectId, pin: z.string().regex(/^\d{4}$/) }).parse({ gymId, staffUserId, pin });
  try {
    await loginLimiter.consume(`desk:${input.gymId}:${input.staffUserId}`);
  } catch {
    return { error: "Too many attempts." };
  }
  await dbConnect();
  const staff = await StaffRole.findOne({ gymId: input.gymId, userId: input.staffUserId, active: true }).select("+deskPin");
  // ok: timing-unsafe-comparison
  const ok = !!staff?.deskPin && (await bcrypt.compare(input.pin, staff.deskPin));
  if (!ok) {
    await auditLog({ action: "desk.unlock_failed", actorId: input.staffUserId, gymId: input.gymId });
    // ok: information-disclosure
    return { error: "Staff member or PIN not recognised." };
  }
  (await cookies()).set("desk_unlocked", input.gymId, { httpOnly: true, maxAge: 8 * 3600 });
  await auditLog({ action: "desk.unlocked", actorId: input.staffUserId, gymId: input.gymId });
  return { ok: true };
}

// ruleid: missing-auth
export async function legacyPurgeCheckIns(gymId: string, before: string) {
  const input = z.object({ gymId: objectId, before: z.coerce.date() }).parse({ gymId, before });
  // ruleid: floating-auth-check
  requireAdmin();
  await dbConnect();
  await CheckIn.deleteMany({ gymId: input.gymId, at: { $lt: input.before } });
  await auditLog({ action: "admin.checkins_purged", actorId: null, gymId: input.gymId });
}

// ruleid: missing-auth, missing-audit-log
export async function legacyMergeMembers(keepId: string, dropId: string) {
  const input = z.object({ keepId: objectId, dropId: objectId }).parse({ keepId, dropId });
  // ruleid: floating-auth-check
  verifySession();
  await dbConnect();
  await CheckIn.updateMany({ userId: input.dropId }, { $set: { userId: input.keepId } }); // todook: mass-assignment -- known gap (pass 42, H): merge reassigns check-ins between named members; the hole is missing-auth
  await User.updateOne({ _id: input.dropId }, { $set: { deletedAt: new Date() } });
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function legacyVisitCount(memberId: string) {
  const { userId } = await verifySession();
  const id = objectId.parse(memberId);
  if (id !== userId) return { count: 0 };
  await dbConnect();
  // ok: missing-authorization
  const count = await CheckIn.countDocuments({ userId: id });
  // ok: excessive-data-exposure
  return { count };
}
