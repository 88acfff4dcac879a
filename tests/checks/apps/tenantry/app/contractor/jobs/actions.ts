"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db, schema } from "@/lib/db/drizzle";
import { JobNote } from "@/lib/db/mongo";
import { requireContractor, validateRequest } from "@/lib/contractor-auth";
import { assertAssigned } from "@/services/guards";

const { workOrders } = schema;

// ok: missing-auth, missing-input-validation
export async function listMyJobs() {
  const contractor = await requireContractor();
  const jobs = await db
    .select({ id: workOrders.id, status: workOrders.status, requestId: workOrders.requestId })
    .from(workOrders)
    .where(eq(workOrders.contractorId, contractor.id));
  // ok: excessive-data-exposure
  return jobs;
}

const statusSchema = z.object({
  workOrderId: z.string().min(1),
  status: z.enum(["accepted", "in_progress", "done"]),
  quotePence: z.coerce.number().int().nonnegative().optional(),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function updateJobStatus(formData: FormData) {
  const contractor = await requireContractor();
  const input = statusSchema.parse({
    workOrderId: formData.get("workOrderId"),
    status: formData.get("status"),
    quotePence: formData.get("quotePence") ?? undefined,
  });
  // ok: missing-authorization
  await db
    .update(workOrders)
    // ok: mass-assignment
    .set({ status: input.status, quotePence: input.quotePence })
    .where(and(eq(workOrders.id, input.workOrderId), eq(workOrders.contractorId, contractor.id)));
  revalidatePath("/contractor/jobs");
}

// ok: missing-auth, missing-input-validation
export async function getJobAccess(workOrderId: string) {
  const { contractor } = await validateRequest();
  if (!contractor) throw new Error("Sign in required");
  const id = z.string().min(1).parse(workOrderId);
  // ruleid: missing-authorization
  const [job] = await db
    .select({ id: workOrders.id, accessCode: workOrders.accessCode, notes: workOrders.notes })
    .from(workOrders)
    .where(eq(workOrders.id, id));
  return job ?? null;
}

// ok: missing-auth, missing-input-validation
export async function addJobNote(formData: FormData) {
  const contractor = await requireContractor();
  const { workOrderId, text } = z
    .object({ workOrderId: z.string().min(1), text: z.string().min(1).max(2000) })
    .parse({ workOrderId: formData.get("workOrderId"), text: formData.get("text") });
  // ok: floating-auth-check
  await assertAssigned(contractor.id, workOrderId);
  // ok: missing-authorization
  await JobNote.create({ workOrderId, contractorId: contractor.id, text });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function listJobNotes(workOrderId: string) {
  const contractor = await requireContractor();
  // ok: floating-auth-check
  await assertAssigned(contractor.id, workOrderId);
  const notes = await JobNote.find({ workOrderId, internal: false });
  // ruleid: excessive-data-exposure
  return notes;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function listJobNotesSlim(workOrderId: string) {
  const contractor = await requireContractor();
  // ok: floating-auth-check
  await assertAssigned(contractor.id, workOrderId);
  const notes = await JobNote.find({ workOrderId, internal: false }, "text createdAt").lean();
  // ok: excessive-data-exposure
  return notes;
}

// ok: missing-auth, missing-input-validation
export async function editJobNote(formData: FormData) {
  const contractor = await requireContractor();
  const noteId = z.string().length(24).parse(formData.get("noteId"));
  const text = z.string().max(2000).parse(formData.get("text"));
  try {
    // ruleid: missing-authorization
    await JobNote.findByIdAndUpdate(noteId, { text });
  } catch (err) {
    // ruleid: information-disclosure
    return { ok: false, error: err instanceof Error ? err.message : "failed" };
  }
  return { ok: true, by: contractor.id };
}
