"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import dbConnect from "@/lib/db";
import StaffRole from "@/models/StaffRole";
import { managerProcedure } from "@/lib/procedures";
import { requireStaff, getViewer, canManageGym } from "@/lib/session";
import { objectId, staffRoleSchema } from "@/lib/validation";
import { auditLog } from "@/lib/audit";

// managerProcedure authenticates, checks gym_manager/owner at the gym and writes the audit entry.
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const grantStaffRole = managerProcedure
  .createServerAction()
  .input(staffRoleSchema)
  .handler(async ({ input, ctx }) => {
    await dbConnect();
    // ok: missing-authorization
    await StaffRole.updateOne(
      { userId: input.userId, gymId: ctx.gymId },
      { $set: { role: input.role, active: true, grantedBy: ctx.user.id } }, // ok: mass-assignment -- fixed in pass 42 (P): role is the subject of a managerProcedure grant (enum of lower roles)
      { upsert: true },
    );
    revalidatePath(`/staff/${ctx.gymId}`);
    return { ok: true };
  });

// ruleid: missing-audit-log -- fixed in pass 42 (D): StaffRole revoke (active:false) not seen as a role change
export async function revokeStaffRole(formData: FormData) {
  const input = z.object({ gymId: objectId, userId: objectId }).parse({ gymId: formData.get("gymId"), userId: formData.get("userId") });
  // ok: floating-auth-check
  await requireStaff(input.gymId, "gym_manager");
  await dbConnect();
  // ok: missing-authorization
  await StaffRole.updateOne({ gymId: input.gymId, userId: input.userId }, { $set: { active: false } });
  revalidatePath(`/staff/${input.gymId}`);
}

// ruleid: missing-auth, missing-audit-log
export async function promoteToHeadSetter(formData: FormData) {
  const viewer = await getViewer();
  const input = z.object({ gymId: objectId, userId: objectId }).parse({ gymId: formData.get("gymId"), userId: formData.get("userId") });
  await dbConnect();
  await StaffRole.updateOne({ gymId: input.gymId, userId: input.userId }, { $set: { role: "head_setter", grantedBy: viewer?.id } });
  revalidatePath(`/staff/${input.gymId}`);
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function listStaff(gymId: string) {
  const id = objectId.parse(gymId);
  await requireStaff(id, "front_desk");
  await dbConnect();
  const rows = await StaffRole.find({ gymId: id, active: true }).select("userId role").populate("userId", "name").lean();
  // ok: excessive-data-exposure
  return rows.map((r) => ({ role: r.role, user: r.userId }));
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function demoteStaff(gymId: string, userId: string) {
  const viewer = await getViewer();
  if (!viewer) throw new Error("Sign in");
  const input = z.object({ gymId: objectId, userId: objectId }).parse({ gymId, userId });
  // ruleid: floating-auth-check
  if (!canManageGym(viewer.id, input.gymId)) throw new Error("Managers only");
  await dbConnect();
  // ruleid: missing-authorization
  await StaffRole.updateOne({ gymId: input.gymId, userId: input.userId }, { $set: { role: "front_desk" } });
  await auditLog({ action: "staff.demoted", actorId: viewer.id, gymId: input.gymId, targetId: input.userId });
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function transferOwnership(gymId: string, newOwnerId: string) {
  const viewer = await getViewer();
  if (!viewer) throw new Error("Sign in");
  const input = z.object({ gymId: objectId, newOwnerId: objectId }).parse({ gymId, newOwnerId });
  // ok: floating-auth-check
  const allowed = await canManageGym(viewer.id, input.gymId);
  if (!allowed) throw new Error("Managers only");
  await dbConnect();
  // ok: missing-authorization
  await StaffRole.updateOne({ gymId: input.gymId, userId: input.newOwnerId }, { $set: { role: "owner", grantedBy: viewer.id } }, { upsert: true });
  await auditLog({ action: "gym.ownership_transferred", actorId: viewer.id, gymId: input.gymId, targetId: input.newOwnerId });
}
