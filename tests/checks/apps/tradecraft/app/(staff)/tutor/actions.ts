"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { apprentices, otjLogs, trainingPlans } from "@/lib/db/schema";
import { getCurrentUser, getOrgContext, verifySession } from "@/lib/auth/session";
import { canAccessApprentice, isDesignatedOfficer } from "@/lib/auth/permissions";
import { sendMail } from "@/lib/mailer";

// ok: missing-auth, missing-input-validation
export async function myCaseload() {
  const { userId } = await verifySession();
  const rows = await db
    .select({ id: apprentices.id, firstName: apprentices.firstName, lastName: apprentices.lastName, status: apprentices.status })
    .from(apprentices)
    .where(eq(apprentices.tutorId, userId));
  // ok: excessive-data-exposure
  return rows;
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function caseloadFor(tutorId: string) {
  const user = await getCurrentUser();
  const id = z.string().parse(tutorId);
  console.log("caseload viewed by", user?.email);
  const rows = await db.select({ id: apprentices.id, firstName: apprentices.firstName }).from(apprentices).where(eq(apprentices.tutorId, id));
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function reassignToMe(apprenticeId: string) {
  const ctx = await getOrgContext();
  const id = z.string().uuid().parse(apprenticeId);
  await db
    .update(apprentices)
    .set({ tutorId: ctx.user.id })
    // ok: missing-authorization
    .where(and(eq(apprentices.id, id), eq(apprentices.orgId, ctx.orgId)));
}

// ok: missing-auth, missing-input-validation
export async function bulkApprove(formData: FormData) {
  const ctx = await getOrgContext();
  const ids = z.array(z.string().uuid()).max(200).parse(formData.getAll("id"));
  for (const id of ids) {
    // ruleid: missing-authorization
    await db
      .update(otjLogs)
      .set({ approved: true })
      .where(eq(otjLogs.id, id));
  }
  return { approved: ids.length, by: ctx.user.id };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function logHoursFor(apprenticeId: string, minutes: number, activity: string) {
  const ctx = await getOrgContext();
  if (!(await canAccessApprentice(ctx, apprenticeId))) throw new Error("FORBIDDEN");
  // ok: missing-authorization
  await db.insert(otjLogs).values({ orgId: ctx.orgId, apprenticeId, minutes, activity, createdBy: ctx.user.id });
}

// ok: missing-auth, missing-input-validation
export async function emailPlanToEmployer(planId: string) {
  const ctx = await getOrgContext();
  const id = z.string().uuid().parse(planId);
  // ruleid: floating-auth-check
  if (!isDesignatedOfficer(ctx.user.id, ctx.orgId) && ctx.role === "viewer") throw new Error("FORBIDDEN");
  const [plan] = await db.select({ title: trainingPlans.title }).from(trainingPlans).where(and(eq(trainingPlans.id, id), eq(trainingPlans.orgId, ctx.orgId)));
  return { title: plan?.title ?? null };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function emailApprentice(formData: FormData) {
  const ctx = await getOrgContext();
  const { apprenticeId, subject, body } = z.object({ apprenticeId: z.string().uuid(), subject: z.string().max(120), body: z.string().max(5000) }).parse(Object.fromEntries(formData));
  const [a] = await db
    .select({ email: apprentices.email })
    .from(apprentices)
    // ok: missing-authorization
    .where(and(eq(apprentices.id, apprenticeId), eq(apprentices.orgId, ctx.orgId)));
  if (a?.email) await sendMail(a.email, subject, `<p>${body}</p>`);
  return { ok: true };
}
