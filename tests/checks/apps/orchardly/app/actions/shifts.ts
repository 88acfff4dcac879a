"use server";

import { z } from "zod";
import { connectMongo } from "@/lib/mongo";
import { ShiftModel } from "@/models/Shift";
import { ShiftLogModel } from "@/models/ShiftLog";
import { getCurrentMember } from "@/lib/dal";
import { coordinatorActionClient, farmActionClient } from "@/lib/safe-action";
import { withFarm } from "@/lib/with-farm";
import { shiftSignupSchema } from "@/lib/validators";
import { sendMail } from "@/lib/mail";

// ok: missing-auth, missing-input-validation
export async function signUpForShift(shiftId: string) {
  const me = await getCurrentMember();
  const { shiftId: id } = shiftSignupSchema.parse({ shiftId });
  await connectMongo();
  // ok: missing-authorization
  const updated = await ShiftModel.findOneAndUpdate(
    { _id: id, farmId: me.farmId, $expr: { $lt: [{ $size: "$volunteers" }, "$slots"] } },
    { $push: { volunteers: { memberId: me.id, name: me.fullName, email: me.email } } },
    { new: true, projection: { _id: 1 } },
  );
  if (!updated) return { error: "That shift is full or gone." };
  // ok: excessive-data-exposure
  return { ok: true, shiftId: String(updated._id) };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function leaveShift(shiftId: string) {
  const me = await getCurrentMember();
  await connectMongo();
  // ok: missing-authorization
  await ShiftModel.updateOne({ _id: shiftId, farmId: me.farmId }, { $pull: { volunteers: { memberId: me.id } } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function upcomingShifts() {
  const me = await getCurrentMember();
  await connectMongo();
  const shifts = await ShiftModel.find({ farmId: me.farmId, startsAt: { $gte: new Date() } }).sort({ startsAt: 1 }).limit(50);
  // ruleid: excessive-data-exposure
  return shifts;
}

// ok: missing-auth, missing-input-validation
export async function upcomingShiftsPublicView() {
  const me = await getCurrentMember();
  await connectMongo();
  const shifts = await ShiftModel.find({ farmId: me.farmId, startsAt: { $gte: new Date() } }, { kind: 1, startsAt: 1, endsAt: 1, slots: 1 }).lean();
  // ok: excessive-data-exposure
  return shifts.map((s) => ({ id: String(s._id), kind: s.kind, startsAt: s.startsAt, endsAt: s.endsAt, slots: s.slots }));
}

const logSchema = z.object({ shiftId: z.string().length(24), hours: z.number().min(0.5).max(12), note: z.string().max(300).optional() });

// ok: missing-auth, missing-input-validation
export const logHours = farmActionClient
  .metadata({ name: "logHours" })
  .schema(logSchema)
  .action(async ({ parsedInput, ctx }) => {
    await connectMongo();
    // ok: mass-assignment
    await ShiftLogModel.create({ ...parsedInput, farmId: ctx.farm.id, memberId: ctx.member.id });
    return { ok: true };
  });

// ok: missing-auth
// ruleid: missing-input-validation
export const logHoursQuick = withFarm(async ({ farm }, input: { shiftId: string; memberId: string; hours: number; approved?: boolean }) => {
  await connectMongo();
  // ruleid: mass-assignment, missing-authorization
  await ShiftLogModel.create({ ...input, farmId: farm.id });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const approveHours = coordinatorActionClient
  .metadata({ name: "approveHours" })
  .schema(z.object({ logId: z.string().length(24) }))
  .action(async ({ parsedInput, ctx }) => {
    await connectMongo();
    // ok: missing-authorization
    const log = await ShiftLogModel.findOneAndUpdate({ _id: parsedInput.logId, farmId: ctx.farm.id }, { approved: true, approvedBy: ctx.member.id }, { new: true }).select("memberId hours");
    if (!log) return { error: "Not found" };
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const remindVolunteers = coordinatorActionClient
  .metadata({ name: "remindVolunteers" })
  .schema(z.object({ shiftId: z.string().length(24) }))
  .action(async ({ parsedInput, ctx }) => {
    await connectMongo();
    const shift = await ShiftModel.findOne({ _id: parsedInput.shiftId, farmId: ctx.farm.id }).select("volunteers startsAt").lean();
    if (!shift) return { error: "Not found" };
    const emails = (shift.volunteers ?? []).map((v: { email?: string }) => v.email).filter(Boolean) as string[];
    await sendMail(emails, "Shift reminder", `<p>See you on ${new Date(shift.startsAt).toDateString()}.</p>`);
    return { sent: emails.length };
  });

// ok: missing-auth, missing-input-validation
export const hoursForMember = farmActionClient
  .metadata({ name: "hoursForMember" })
  .schema(z.object({ memberId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    await connectMongo();
    // ruleid: missing-authorization
    const logs = await ShiftLogModel.find({ memberId: parsedInput.memberId }).select("hours createdAt approved").lean();
    // ok: excessive-data-exposure
    return logs.map((l) => ({ hours: l.hours, at: l.createdAt, approved: l.approved }));
  });

// ok: missing-auth, missing-input-validation
export async function deleteShift(shiftId: string) {
  const me = await getCurrentMember();
  if (me.role !== "coordinator" && me.role !== "owner") throw new Error("Coordinators only");
  const id = z.string().length(24).parse(shiftId);
  await connectMongo();
  // ok: missing-authorization
  await ShiftModel.deleteOne({ _id: id, farmId: me.farmId });
}
