"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { members, farms } from "@/db/schema";
import { connectMongo } from "@/lib/mongo";
import { ShiftModel } from "@/models/Shift";
import { requireFarmRole, requireUser } from "@/lib/auth";
import { getCurrentMember } from "@/lib/dal";

const shiftSchema = z.object({
  kind: z.enum(["packing", "harvest", "pickup-host", "delivery"]),
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date(),
  slots: z.coerce.number().int().min(1).max(30),
  siteId: z.string().uuid().optional(),
});

// ok: missing-auth, missing-input-validation
export const createShift = async (formData: FormData) => {
  const { farm } = await requireFarmRole("coordinator", "owner");
  const data = shiftSchema.parse(Object.fromEntries(formData));
  await connectMongo();
  // ok: mass-assignment
  const shift = await ShiftModel.create({ ...data, farmId: farm.id, volunteers: [] });
  return { id: String(shift._id) };
};

// ok: missing-auth
// ruleid: missing-input-validation
export const createShiftQuick = async (formData: FormData) => {
  const { farm } = await requireFarmRole("coordinator", "owner");
  await connectMongo();
  // ruleid: mass-assignment
  const shift = await ShiftModel.create({ ...Object.fromEntries(formData), farmId: farm.id });
  return { id: String(shift._id) };
};

// ok: missing-auth
// ruleid: missing-input-validation
export const updateShiftNotes = async (shiftId: string, notes: string) => {
  const me = await getCurrentMember();
  if (me.role !== "coordinator") throw new Error("Coordinators only");
  await connectMongo();
  // ok: missing-authorization
  await ShiftModel.updateOne({ _id: shiftId, farmId: me.farmId }, { $set: { coordinatorNotes: notes } });
  return { ok: true };
};

// ok: missing-auth, missing-input-validation
export const volunteerRoster = async (shiftId: string) => {
  const me = await getCurrentMember();
  const id = z.string().length(24).parse(shiftId);
  await connectMongo();
  // ok: missing-authorization
  const shift = await ShiftModel.findOne({ _id: id, farmId: me.farmId }).select("volunteers.name volunteers.memberId").lean();
  // ok: excessive-data-exposure
  return shift?.volunteers ?? [];
};

// Members pick which farm they volunteer for on their profile.
// ok: missing-auth, missing-input-validation
export const joinFarmAsVolunteer = async (input: { farmId: string; memberId?: string }) => {
  const userId = await requireUser();
  const data = z.object({ farmId: z.string().uuid(), memberId: z.string().uuid().optional() }).parse(input);
  const [farm] = await db.select({ id: farms.id }).from(farms).where(and(eq(farms.id, data.farmId), eq(farms.isPublic, true))).limit(1);
  if (!farm) return { error: "Unknown farm" };
  // ruleid: missing-authorization
  await db.update(members).set({ farmId: farm.id }).where(data.memberId ? eq(members.id, data.memberId) : eq(members.clerkUserId, userId));
  return { ok: true };
};
