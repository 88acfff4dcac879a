"use server";

import { z } from "zod";
import { connectMongo } from "@/lib/mongo";
import { ShiftLogModel } from "@/models/ShiftLog";
import { farmActionClient } from "@/lib/safe-action";
import { getCurrentMember } from "@/lib/dal";

// Volunteers record an emergency contact once per season.
// ok: missing-auth, missing-input-validation
export const setEmergencyContact = farmActionClient
  .metadata({ name: "setEmergencyContact" })
  .schema(z.object({ logId: z.string().length(24), contact: z.string().max(120) }))
  .action(async ({ parsedInput, ctx }) => {
    await connectMongo();
    // ok: missing-authorization
    await ShiftLogModel.updateOne({ _id: parsedInput.logId, memberId: ctx.member.id }, { $set: { emergencyContact: parsedInput.contact } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function emergencyContacts(shiftId: string) {
  const me = await getCurrentMember();
  if (me.role !== "coordinator" && me.role !== "owner") return { error: "Coordinators only" };
  const id = z.string().length(24).parse(shiftId);
  await connectMongo();
  const logs = await ShiftLogModel.find({ shiftId: id, farmId: me.farmId });
  // ruleid: excessive-data-exposure
  return { logs };
}

// ok: missing-auth, missing-input-validation
export async function emergencyContactsSafe(shiftId: string) {
  const me = await getCurrentMember();
  if (me.role !== "coordinator" && me.role !== "owner") return { error: "Coordinators only" };
  const id = z.string().length(24).parse(shiftId);
  await connectMongo();
  const logs = await ShiftLogModel.find({ shiftId: id, farmId: me.farmId }, { memberId: 1, emergencyContact: 1 }).lean();
  // ok: excessive-data-exposure
  return { logs };
}
