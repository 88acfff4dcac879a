"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/drizzle";
import { agencyAssignments, agencyLinguists } from "@/lib/db/schema";
import { requireAgencyManager, requireAgency } from "@/lib/auth/clerk";
import { sendMail } from "@/lib/mailer";
import { checkRateLimit } from "@/lib/rate-limit";

const assignSchema = z.object({ linguistId: z.string().uuid(), jobId: z.string().cuid(), dueAt: z.coerce.date() });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function assignLinguist(input: z.input<typeof assignSchema>) {
  const { agency, userId } = await requireAgencyManager();
  const data = assignSchema.parse(input);
  if (!(await checkRateLimit(`assign:${userId}`))) return { error: "Slow down" };
  const [linguist] = await db
    .select({ id: agencyLinguists.id, userId: agencyLinguists.userId })
    .from(agencyLinguists)
    // ok: missing-authorization
    .where(and(eq(agencyLinguists.id, data.linguistId), eq(agencyLinguists.agencyId, agency.id)));
  if (!linguist) return { error: "Unknown linguist" };
  await db.insert(agencyAssignments).values({ id: randomUUID(), agencyId: agency.id, linguistId: linguist.id, jobId: data.jobId, dueAt: data.dueAt });
  await sendMail(`${linguist.userId}@users.lingolane.io`, "New assignment", `You have a new job due ${data.dueAt.toDateString()}`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function nudgeLinguist(assignmentId: unknown) {
  const { agency } = await requireAgencyManager();
  const id = z.string().uuid().parse(assignmentId);
  const [row] = await db
    .select({ linguistId: agencyAssignments.linguistId })
    .from(agencyAssignments)
    // ok: missing-authorization
    .where(and(eq(agencyAssignments.id, id), eq(agencyAssignments.agencyId, agency.id)));
  if (!row) return { error: "Not found" };
  await sendMail(`${row.linguistId}@users.lingolane.io`, "Reminder", "Your assignment is due soon.");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function completeAssignment(assignmentId: unknown) {
  const { agency } = await requireAgency();
  const id = z.string().uuid().parse(assignmentId);
  // ruleid: missing-authorization
  await db.update(agencyAssignments).set({ status: "done" }).where(eq(agencyAssignments.id, id));
  return { ok: true, agency: agency.name };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function rescheduleAssignment(assignmentId: string, dueAt: string) {
  const { agency } = await requireAgencyManager();
  await db
    .update(agencyAssignments)
    .set({ dueAt: new Date(dueAt) })
    // ok: missing-authorization
    .where(and(eq(agencyAssignments.id, assignmentId), eq(agencyAssignments.agencyId, agency.id)));
  return { ok: true };
}
