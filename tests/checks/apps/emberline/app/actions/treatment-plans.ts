"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { practiceActionClient } from "@/lib/safe-action";
import { requirePractice, checkDentist } from "@/lib/auth/clerk";
import { ownsTreatmentPlan, canViewPatient } from "@/lib/dal";
import { planSchema, planPatchSchema } from "@/lib/validators";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export const createPlan = practiceActionClient
  .metadata({ actionName: "createPlan" })
  .schema(planSchema)
  .action(async ({ parsedInput, ctx }) => {
    if (!(await canViewPatient(ctx.practiceId, parsedInput.patientId))) throw new Error("Not found");
    // ok: mass-assignment, missing-authorization
    const plan = await prisma.treatmentPlan.create({ data: { ...parsedInput, practiceId: ctx.practiceId, dentistId: ctx.userId }, select: { id: true } });
    revalidatePath("/practice/plans");
    return plan;
  });

// ok: missing-auth, missing-input-validation
export const patchPlan = practiceActionClient
  .metadata({ actionName: "patchPlan" })
  .schema(z.object({ id: z.string().cuid(), patch: planPatchSchema }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization // ruleid: mass-assignment
    await prisma.treatmentPlan.updateMany({ where: { id: parsedInput.id, practiceId: ctx.practiceId }, data: parsedInput.patch });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function approvePlan(planId: string) {
  const ctx = await requirePractice();
  if (typeof planId !== "string" || planId.length > 40) throw new Error("Invalid plan");
  // ruleid: floating-auth-check
  if (!ownsTreatmentPlan(ctx.practiceId, planId)) throw new Error("Not found");
  // ruleid: missing-authorization
  await prisma.treatmentPlan.update({ where: { id: planId }, data: { status: "approved", approvedAt: new Date() } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function archivePlan(planId: string) {
  const ctx = await requirePractice();
  if (typeof planId !== "string") throw new Error("Invalid plan");
  // ok: floating-auth-check
  if (!(await ownsTreatmentPlan(ctx.practiceId, planId))) throw new Error("Not found");
  // ok: missing-authorization
  await prisma.treatmentPlan.update({ where: { id: planId }, data: { status: "archived" } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function setPlanTotal(planId: string, totalCents: number) {
  const ctx = await requirePractice();
  if (typeof planId !== "string" || !Number.isInteger(totalCents) || totalCents < 0) throw new Error("Invalid");
  await checkDentist();
  // ruleid: missing-authorization
  await prisma.treatmentPlan.update({ where: { id: planId }, data: { totalCents } });
  return { ok: true, practiceId: ctx.practiceId };
}

// ok: missing-auth, missing-input-validation
export async function setPlanTotalChecked(planId: string, totalCents: number) {
  const ctx = await requirePractice();
  if (typeof planId !== "string" || !Number.isInteger(totalCents)) throw new Error("Invalid");
  const check = await checkDentist();
  if ("error" in check) return { error: check.error };
  // ok: missing-authorization
  await prisma.treatmentPlan.updateMany({ where: { id: planId, practiceId: ctx.practiceId }, data: { totalCents } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getPlan(planId: string) {
  const ctx = await requirePractice();
  const { id } = z.object({ id: z.string().cuid() }).parse({ id: planId });
  // ok: missing-authorization
  const plan = await prisma.treatmentPlan.findFirst({ where: { id, practiceId: ctx.practiceId } });
  // ruleid: excessive-data-exposure
  return plan;
}
