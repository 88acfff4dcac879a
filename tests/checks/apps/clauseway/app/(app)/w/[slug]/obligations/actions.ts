"use server";

import { revalidatePath } from "next/cache";
import * as yup from "yup";
import { and, eq } from "drizzle-orm";
import { prisma } from "@/lib/db/prisma";
import { db } from "@/lib/db/drizzle";
import { contracts } from "@/lib/db/schema";
import { verifySession } from "@/lib/dal";
import { sendMail } from "@/lib/mailer";
import { rateLimitByKey } from "@/lib/rate-limit";
import { isWorkspaceAdmin } from "@/lib/permissions";

const obligationSchema = yup.object({
  contractId: yup.string().uuid().required(),
  title: yup.string().required().max(300),
  dueDate: yup.date().required(),
  ownerEmail: yup.string().email().required(),
});

// ok: missing-auth, missing-input-validation
export async function createObligation(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  const data = await obligationSchema.validate(Object.fromEntries(formData), { stripUnknown: true });
  // ok: missing-authorization
  const [contract] = await db.select({ id: contracts.id }).from(contracts).where(and(eq(contracts.id, data.contractId), eq(contracts.workspaceId, session.workspaceId)));
  if (!contract) return { error: "Contract not found" };
  // ok: mass-assignment, missing-authorization
  await prisma.obligation.create({ data: { ...data, workspaceId: session.workspaceId }, select: { id: true } });
  revalidatePath("/w");
}

// why: obligationId/patch reach Prisma without any runtime check
// ruleid: missing-input-validation
// ok: missing-auth
export async function updateObligation(obligationId: string, patch: Record<string, unknown>) {
  const session = await verifySession();
  // ok: missing-authorization
  const existing = await prisma.obligation.findFirst({ where: { id: obligationId, workspaceId: session.workspaceId }, select: { id: true } });
  if (!existing) return { error: "Not found" };
  // why: the client-supplied patch object goes straight into `data` (workspaceId, status... can be overwritten)
  // ruleid: mass-assignment
  // ok: missing-authorization
  await prisma.obligation.update({ where: { id: existing.id }, data: patch });
  return { success: true };
}

// ok: missing-auth, missing-input-validation
export async function completeObligation(obligationId: string) {
  const session = await verifySession();
  const id = await yup.string().required().max(40).validate(obligationId);
  // ok: missing-authorization
  await prisma.obligation.updateMany({ where: { id, workspaceId: session.workspaceId }, data: { status: "done" } });
}

// why: String(formData.get("id")) is not validation before the delete
// ruleid: missing-input-validation
// ok: missing-auth
export async function deleteObligation(formData: FormData) {
  // ok: floating-auth-check
  await verifySession();
  const id = String(formData.get("id"));
  // why: obligation id from the client, deleted with no workspace scope
  // ruleid: missing-authorization
  await prisma.obligation.delete({ where: { id } });
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendReminderNow(obligationId: string) {
  const session = await verifySession();
  const id = await yup.string().required().validate(obligationId);
  await rateLimitByKey(`reminder:${session.userId}`);
  // ok: missing-authorization
  const ob = await prisma.obligation.findFirst({ where: { id, workspaceId: session.workspaceId }, select: { title: true, ownerEmail: true, dueDate: true } });
  if (!ob) return { error: "Not found" };
  await sendMail({ to: ob.ownerEmail, subject: `Reminder: ${ob.title}`, html: `<p>Due ${ob.dueDate.toDateString()}</p>` });
  return { success: true };
}

// why: emails an arbitrary address from the form; no rate limit and the address is not validated
// ruleid: missing-rate-limit, missing-input-validation
// ok: missing-auth
export async function forwardObligation(formData: FormData) {
  const session = await verifySession();
  const to = formData.get("to") as string;
  const obligationId = formData.get("obligationId") as string;
  // ok: missing-authorization
  const ob = await prisma.obligation.findFirst({ where: { id: obligationId, workspaceId: session.workspaceId }, select: { title: true, dueDate: true } });
  if (!ob) return { error: "Not found" };
  await sendMail({ to, subject: `FYI: ${ob.title}`, html: `<p>Due ${ob.dueDate.toDateString()}</p>` });
  return { success: true };
}

// ok: missing-auth, missing-input-validation
export async function listObligations() {
  const session = await verifySession();
  // ok: missing-authorization
  const rows = await prisma.obligation.findMany({ where: { workspaceId: session.workspaceId }, orderBy: { dueDate: "asc" } });
  // why: findMany without select returned to the client
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function bulkReassignObligations(fromEmail: string, toEmail: string) {
  const session = await verifySession();
  const input = await yup.object({ from: yup.string().email().required(), to: yup.string().email().required() }).validate({ from: fromEmail, to: toEmail });
  // why: admin check not awaited (the update below is still workspace-scoped, so only the role check is lost)
  // ruleid: floating-auth-check
  if (!isWorkspaceAdmin(session.userId, session.workspaceId)) return { error: "Admins only" };
  try {
    // ok: missing-authorization
    const res = await prisma.obligation.updateMany({ where: { workspaceId: session.workspaceId, ownerEmail: input.from }, data: { ownerEmail: input.to } });
    return { updated: res.count };
  } catch (e) {
    // why: raw Prisma error text returned in the action result
    // ruleid: information-disclosure
    return { error: `Reassign failed: ${(e as Error).message}` };
  }
}
