"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { trainingPlans } from "@/lib/db/schema";
import { checkStaff, getOrgContext } from "@/lib/auth/session";

const PlanSchema = z.object({
  apprenticeId: z.string().uuid(),
  title: z.string().min(3).max(200),
  plannedHours: z.coerce.number().int().min(0).max(2000),
});

// ok: missing-auth, missing-input-validation
export async function createTrainingPlan(formData: FormData) {
  const res = await checkStaff();
  if ("error" in res) return res;
  const data = PlanSchema.parse(Object.fromEntries(formData));
  // ok: mass-assignment
  await db.insert(trainingPlans).values({ ...data, orgId: res.ctx.orgId });
  return { ok: true };
}

// ruleid: missing-auth
export async function renameTrainingPlan(formData: FormData) {
  await checkStaff();
  const { id, title } = z.object({ id: z.string().uuid(), title: z.string().min(3) }).parse(Object.fromEntries(formData));
  await db.update(trainingPlans).set({ title }).where(eq(trainingPlans.id, id));
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateTrainingPlan(formData: FormData) {
  const ctx = await getOrgContext();
  const raw = Object.fromEntries(formData);
  const id = z.string().uuid().parse(raw.id);
  await db
    .update(trainingPlans)
    // ruleid: mass-assignment
    .set(raw)
    // ok: missing-authorization
    .where(and(eq(trainingPlans.id, id), eq(trainingPlans.orgId, ctx.orgId)));
  return { ok: true };
}

// ok: missing-auth
// ok: missing-input-validation
export async function markPlanSigned(planId: string) {
  const ctx = await getOrgContext();
  if (typeof planId !== "string" || planId.length !== 36) throw new Error("Bad id");
  await db
    .update(trainingPlans)
    .set({ signedByEmployer: true })
    // ok: missing-authorization
    .where(and(eq(trainingPlans.id, planId), eq(trainingPlans.orgId, ctx.orgId)));
}
