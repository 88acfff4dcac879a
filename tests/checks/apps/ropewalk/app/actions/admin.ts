"use server";

import { z } from "zod";
import dbConnect from "@/lib/db";
import User from "@/models/User";
import Gym from "@/models/Gym";
import { requireAdmin } from "@/lib/session";
import { auditLog } from "@/lib/audit";
import { objectId, email } from "@/lib/validation";
import { memberSpend } from "@/lib/warehouse";

const roleInput = z.object({ userId: objectId, role: z.enum(["member", "front_desk", "setter", "head_setter", "gym_manager", "owner", "admin"]) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function setUserRole(userId: string, role: string) {
  const admin = await requireAdmin();
  const input = roleInput.parse({ userId, role });
  await dbConnect();
  // ok: missing-authorization
  await User.updateOne({ _id: input.userId }, { $set: { role: input.role } });
  await auditLog({ action: "admin.role_changed", actorId: admin.id, targetId: input.userId, meta: { role: input.role } });
}

// ruleid: missing-audit-log
export async function disableUser(userId: string) {
  await requireAdmin();
  const id = objectId.parse(userId);
  await dbConnect();
  // ok: missing-authorization
  await User.updateOne({ _id: id }, { $set: { deletedAt: new Date(), passwordHash: null } });
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function lookupMemberByEmail(emailAddr: string) {
  await requireAdmin();
  const e = email.parse(emailAddr);
  await dbConnect();
  const user = await User.findOne({ email: e });
  // ruleid: excessive-data-exposure
  return user;
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function memberLifetimeSpend(emailAddr: string) {
  await requireAdmin();
  const e = email.parse(emailAddr);
  return { totalCents: await memberSpend(e) };
}

// ruleid: missing-audit-log
export async function grantCredits(userId: string, credits: number) {
  await requireAdmin();
  const input = z.object({ userId: objectId, credits: z.number().int().min(-500).max(500) }).parse({ userId, credits });
  await dbConnect();
  // ok: missing-authorization
  await User.updateOne({ _id: input.userId }, { $inc: { credits: input.credits } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function renameGym(gymId: string, name: string) {
  const admin = await requireAdmin();
  const input = z.object({ gymId: objectId, name: z.string().min(2).max(80) }).parse({ gymId, name });
  await dbConnect();
  // ok: missing-authorization, mass-assignment
  await Gym.updateOne({ _id: input.gymId }, { $set: { name: input.name } });
  await auditLog({ action: "admin.gym_renamed", actorId: admin.id, gymId: input.gymId });
}
