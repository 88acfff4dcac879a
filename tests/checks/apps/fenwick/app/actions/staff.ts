"use server";

import bcrypt from "bcryptjs";
import { randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { connectMongo } from "@/lib/db/mongo";
import { Staff } from "@/lib/models/Staff";
import { requireRole } from "@/lib/dal";
import { adminActionClient, staffActionClient, ActionError } from "@/lib/safe-action";
import { rateLimit } from "@/lib/rate-limit";
import { audit } from "@/lib/audit";
import { sendMail } from "@/lib/mail";
import { staffCreateSchema, staffSelfSchema, objectId } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const inviteStaff = adminActionClient
  .metadata({ actionName: "inviteStaff" })
  .inputSchema(staffCreateSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { success } = await rateLimit(`invite:${ctx.userId}`, 20, 3600);
    if (!success) throw new ActionError("Invite limit reached for this hour.");
    const tempPassword = randomBytes(9).toString("base64url");
    await connectMongo();
    const staff = await Staff.create({ ...parsedInput, passwordHash: await bcrypt.hash(tempPassword, 12) });
    await sendMail(parsedInput.email, "Your Fenwick Clinic staff account", `Temporary password: ${tempPassword}`);
    revalidatePath("/admin/staff");
    // ok: excessive-data-exposure
    return { id: String(staff._id) };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const changeStaffRole = adminActionClient
  .metadata({ actionName: "changeStaffRole" })
  .inputSchema(z.object({ staffId: objectId, role: z.enum(["clinician", "receptionist", "admin"]) }))
  .action(async ({ parsedInput }) => {
    await connectMongo();
    // ok: missing-authorization
    await Staff.updateOne({ _id: parsedInput.staffId }, { $set: { role: parsedInput.role } });
    revalidatePath("/admin/staff");
    return { ok: true };
  });

// ruleid: missing-audit-log -- Mongoose $set active false on Staff past admin gate not seen as account deactivation
// ok: missing-auth, missing-input-validation
export async function deactivateStaff(staffId: string) {
  // ok: floating-auth-check
  await requireRole("admin");
  const id = objectId.parse(staffId);
  await connectMongo();
  // ok: missing-authorization
  await Staff.updateOne({ _id: id }, { $set: { active: false } });
  revalidatePath("/admin/staff");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function resetStaffPassword(staffId: string) {
  // ok: floating-auth-check
  const admin = await requireRole("admin");
  const id = objectId.parse(staffId);
  const { success } = await rateLimit(`pwreset:${admin.userId}`, 10, 3600);
  if (!success) throw new Error("Slow down");
  const temp = randomBytes(9).toString("base64url");
  await connectMongo();
  const staff = await Staff.findByIdAndUpdate(id, { $set: { passwordHash: await bcrypt.hash(temp, 12) } }).select("email");
  if (!staff) return { ok: false };
  await audit({ actorId: admin.userId, actorRole: "admin", action: "staff.password_reset", target: id });
  await sendMail(staff.email, "Your Fenwick Clinic password was reset", `Temporary password: ${temp}`);
  return { ok: true };
}

// ruleid: missing-audit-log -- fixed in pass 41 (r70): the schema admits `role`, written to the caller's own row unaudited
// ok: missing-auth, missing-input-validation
export const updateOwnStaffProfile = staffActionClient
  .metadata({ actionName: "updateOwnStaffProfile" })
  .inputSchema(staffSelfSchema)
  .action(async ({ parsedInput, ctx }) => {
    await connectMongo();
    // ruleid: mass-assignment -- fixed in pass 41 (L): a role gate licenses no role write to the caller's own row
    await Staff.updateOne({ _id: ctx.userId }, { $set: parsedInput });
    return { ok: true };
  });

// ok: missing-auth
export const listStaff = adminActionClient.metadata({ actionName: "listStaff" }).action(async () => {
  await connectMongo();
  const staff = await Staff.find().sort({ name: 1 }).lean();
  // ruleid: excessive-data-exposure
  return staff;
});

// ok: missing-auth
export const listStaffDirectory = staffActionClient.metadata({ actionName: "listStaffDirectory" }).action(async () => {
  await connectMongo();
  const staff = await Staff.find({ active: true }).select("name title role").lean();
  // ok: excessive-data-exposure
  return staff.map((s) => ({ id: String(s._id), name: s.name, title: s.title ?? "", role: s.role }));
});

// ruleid: missing-audit-log -- Mongoose $unset of Staff apiKeyHash not seen as API key revocation
// ok: missing-auth, missing-input-validation
export const revokeStaffApiKey = staffActionClient
  .metadata({ actionName: "revokeStaffApiKey" })
  .inputSchema(z.object({ confirm: z.literal(true) }))
  .action(async ({ ctx }) => {
    await connectMongo();
    // ok: missing-authorization
    await Staff.updateOne({ _id: ctx.userId }, { $unset: { apiKeyHash: 1 } });
    return { revoked: true };
  });

// ok: missing-auth, missing-input-validation
export const getStaffMember = staffActionClient
  .metadata({ actionName: "getStaffMember" })
  .inputSchema(z.object({ staffId: objectId }))
  .action(async ({ parsedInput }) => {
    await connectMongo();
    // ok: missing-authorization
    const member = await Staff.findById(parsedInput.staffId).lean();
    // ruleid: excessive-data-exposure
    return member;
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const deleteStaffMember = adminActionClient
  .metadata({ actionName: "deleteStaffMember" })
  .inputSchema(z.object({ staffId: objectId }))
  .action(async ({ parsedInput, ctx }) => {
    if (parsedInput.staffId === ctx.userId) throw new ActionError("You can't delete yourself.");
    await connectMongo();
    // ok: missing-authorization
    await Staff.deleteOne({ _id: parsedInput.staffId });
    revalidatePath("/admin/staff");
    return { deleted: true };
  });
