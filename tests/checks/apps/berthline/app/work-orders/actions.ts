"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { connectMongo } from "@/lib/db/mongo";
import { WorkOrder } from "@/models/WorkOrder";
import { createClient, requireCrewUser } from "@/lib/supabase/server";

const ObjectId = z.string().regex(/^[a-f0-9]{24}$/);
const CreateWorkOrderSchema = z.object({
  marinaId: z.string().cuid(),
  berthId: z.string().cuid().optional(),
  title: z.string().min(3).max(120),
  description: z.string().max(4000).optional(),
  priority: z.coerce.number().int().min(1).max(3),
});

async function crewMarinaIds(supabase: Awaited<ReturnType<typeof createClient>>, userId: string) {
  const { data } = await supabase.from("crew_members").select("marina_id").eq("user_id", userId);
  return (data ?? []).map((r) => r.marina_id as string);
}

// ok: missing-auth, missing-input-validation
export async function createWorkOrder(formData: FormData) {
  const { supabase, user } = await requireCrewUser();
  const input = CreateWorkOrderSchema.parse(Object.fromEntries(formData));
  const marinas = await crewMarinaIds(supabase, user.id);
  if (!marinas.includes(input.marinaId)) throw new Error("Forbidden");
  await connectMongo();
  // ok: mass-assignment, missing-authorization
  const doc = await WorkOrder.create({ ...input, createdById: user.id });
  revalidatePath("/work-orders");
  return { id: String(doc._id) };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateWorkOrder(id: string, formData: FormData) {
  await requireCrewUser();
  await connectMongo();
  // ruleid: missing-authorization, mass-assignment
  await WorkOrder.findByIdAndUpdate(id, Object.fromEntries(formData));
  revalidatePath(`/work-orders/${id}`);
}

// ok: missing-auth, missing-input-validation
export async function assignWorkOrder(workOrderId: string, assigneeId: string) {
  const { supabase, user } = await requireCrewUser();
  if (typeof workOrderId !== "string" || !/^[a-f0-9]{24}$/.test(workOrderId)) throw new Error("Bad id");
  if (typeof assigneeId !== "string" || assigneeId.length > 64) throw new Error("Bad assignee");
  await connectMongo();
  const wo = await WorkOrder.findById(workOrderId).select("marinaId").lean<{ marinaId: string }>();
  if (!wo) throw new Error("Not found");
  const marinas = await crewMarinaIds(supabase, user.id);
  if (!marinas.includes(wo.marinaId)) throw new Error("Forbidden");
  // ok: missing-authorization, mass-assignment
  await WorkOrder.updateOne({ _id: workOrderId }, { $set: { assigneeId, status: "in_progress" } });
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function closeWorkOrder(workOrderId: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  const id = ObjectId.parse(workOrderId);
  await connectMongo();
  await WorkOrder.updateOne({ _id: id }, { $set: { status: "done", approvedBy: user?.id ?? "crew" } });
  revalidatePath("/work-orders");
}

// ok: missing-auth
export async function listMyWorkOrders() {
  const { user } = await requireCrewUser();
  await connectMongo();
  const docs = await WorkOrder.find({ assigneeId: user.id }).select("title status priority berthId").lean();
  // ok: excessive-data-exposure
  return docs;
}

// ok: missing-auth, missing-input-validation
export async function getWorkOrder(workOrderId: string) {
  const { supabase, user } = await requireCrewUser();
  const id = ObjectId.parse(workOrderId);
  const marinas = await crewMarinaIds(supabase, user.id);
  await connectMongo();
  // ok: missing-authorization
  const doc = await WorkOrder.findOne({ _id: id, marinaId: { $in: marinas } }).lean();
  // ruleid: excessive-data-exposure
  return doc;
}
