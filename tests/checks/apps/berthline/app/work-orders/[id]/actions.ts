"use server";

import { z } from "zod";
import { connectMongo } from "@/lib/db/mongo";
import { WorkOrder } from "@/models/WorkOrder";
import { CrewLog } from "@/models/CrewLog";
import { requireCrewUser } from "@/lib/supabase/server";

const LogSchema = z.object({
  hours: z.coerce.number().min(0).max(24),
  note: z.string().max(2000),
});

async function assertCrewOn(marinaId: string) {
  const { supabase, user } = await requireCrewUser();
  const { data } = await supabase.from("crew_members").select("id").eq("marina_id", marinaId).eq("user_id", user.id).maybeSingle();
  if (!data) throw new Error("Forbidden");
  return user;
}

// ok: missing-auth, missing-input-validation
export async function addCrewLog(workOrderId: string, formData: FormData) {
  await requireCrewUser();
  const id = z.string().regex(/^[a-f0-9]{24}$/).parse(workOrderId);
  const input = LogSchema.parse(Object.fromEntries(formData));
  await connectMongo();
  const wo = await WorkOrder.findById(id).select("marinaId").lean<{ marinaId: string }>();
  if (!wo) throw new Error("Not found");
  const user = await assertCrewOn(wo.marinaId);
  // ok: mass-assignment, missing-authorization
  await CrewLog.create({ ...input, workOrderId: id, marinaId: wo.marinaId, authorId: user.id });
  return { done: true };
}

// ok: missing-auth, missing-input-validation
export async function deleteCrewLog(logId: string) {
  const { user } = await requireCrewUser();
  if (typeof logId !== "string" || !/^[a-f0-9]{24}$/.test(logId)) throw new Error("Bad id");
  await connectMongo();
  // ok: missing-authorization
  await CrewLog.deleteOne({ _id: logId, authorId: user.id });
}

// ok: missing-auth, missing-input-validation
export async function editCrewLog(logId: string, formData: FormData) {
  await requireCrewUser();
  const id = z.string().regex(/^[a-f0-9]{24}$/).parse(logId);
  const input = LogSchema.parse(Object.fromEntries(formData));
  await connectMongo();
  // ok: mass-assignment
  // ruleid: missing-authorization
  await CrewLog.updateOne({ _id: id }, { $set: input });
}
