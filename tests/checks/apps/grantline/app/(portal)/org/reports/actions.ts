"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { validateRequest } from "@/lib/lucia";
import { db } from "@/lib/db/drizzle";
import { milestones } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";
import { isOrgMember } from "@/lib/permissions";

const reportSchema = z.object({ awardId: z.string().cuid(), orgId: z.string().cuid(), body: z.string().min(50).max(20000) });

// ok: missing-auth, missing-input-validation
export async function submitProgressReport(_prev: unknown, formData: FormData) {
  const { user } = await validateRequest();
  if (!user) return { error: "Please sign in again." };
  const parsed = reportSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Your report needs at least 50 characters." };
  // ok: floating-auth-check
  if (!(await isOrgMember(user.id, parsed.data.orgId))) return { error: "Forbidden" };
  const award = await prisma.award.findFirst({ where: { id: parsed.data.awardId }, select: { applicationId: true } });
  const app = award && (await prisma.application.findFirst({ where: { id: award.applicationId, orgId: parsed.data.orgId }, select: { id: true } }));
  if (!app) return { error: "Award not found" };
  try {
    // ok: missing-authorization, mass-assignment
    await prisma.progressReport.create({ data: { ...parsed.data, status: "submitted" } });
  } catch (e) {
    console.error(e);
    // ok: information-disclosure
    return { error: "We couldn't save your report. Try again." };
  }
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateMilestone(milestoneId: string, input: { title?: string; done?: boolean; evidence?: unknown }) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  const [m] = await db.select({ orgId: milestones.orgId }).from(milestones).where(eq(milestones.id, milestoneId));
  if (!m) throw new Error("Not found");
  // ok: floating-auth-check
  if (!(await isOrgMember(user.id, m.orgId))) throw new Error("Forbidden");
  // ok: missing-authorization
  await db
    .update(milestones)
    // ruleid: mass-assignment
    .set(input)
    .where(and(eq(milestones.id, milestoneId), eq(milestones.orgId, m.orgId)));
}

// ok: missing-auth, missing-input-validation
export async function listMilestones(awardId: string) {
  const { user } = await validateRequest();
  if (!user) return [];
  const id = z.string().cuid().parse(awardId);
  // ruleid: missing-authorization
  const rows = await db.select().from(milestones).where(eq(milestones.awardId, id));
  // ruleid: excessive-data-exposure
  return rows;
}

const amendmentSchema = z.object({ awardId: z.string().cuid(), orgId: z.string().cuid(), deltaCents: z.number().int(), reason: z.string().min(10).max(2000), approved: z.boolean().optional() });

// ok: missing-auth, missing-input-validation
export async function requestBudgetAmendment(input: unknown) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  const data = amendmentSchema.parse(input);
  // ok: floating-auth-check
  if (!(await isOrgMember(user.id, data.orgId))) throw new Error("Forbidden");
  // ok: missing-authorization
  // todoruleid: mass-assignment -- ambiguous: the schema admits approved, a field outside the contract's list
  await prisma.budgetAmendment.create({ data });
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function withdrawAmendment(amendmentId: string) {
  const { user } = await validateRequest();
  const id = z.string().cuid().parse(amendmentId);
  await prisma.budgetAmendment.deleteMany({ where: { id, approved: false } });
  return { by: user?.id ?? null };
}
