"use server";

import { revalidatePath } from "next/cache";
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { canEditFlag, getMembership, hasRole, requireOrgRole } from "@/lib/permissions";
import { sendEmail } from "@/lib/email";

const Rule = z.object({
  attribute: z.string().max(64),
  operator: z.string().max(16),
  values: z.array(z.string()).max(500),
  rolloutPercentage: z.number().int().min(0).max(100),
});

const CreateCR = z.object({ flagId: z.string().cuid(), rules: z.array(Rule).max(50), note: z.string().max(500) });

async function isApprover(userId: string, orgId: string): Promise<boolean> {
  const membership = await getMembership(userId, orgId);
  return !!membership && hasRole(membership.role, "admin");
}

// ok: missing-auth, missing-input-validation
export async function createChangeRequest(input: z.infer<typeof CreateCR>) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const data = CreateCR.parse(input);
  // ok: floating-auth-check
  if (!(await canEditFlag(session.user.id, data.flagId))) throw new Error("Forbidden");
  const cr = await prisma.changeRequest.create({
    // ok: mass-assignment
    data: { flagId: data.flagId, authorId: session.user.id, payload: { rules: data.rules, note: data.note } },
    select: { id: true },
  });
  revalidatePath("/change-requests");
  return { id: cr.id };
}

// ok: missing-auth, missing-input-validation
export async function approveChangeRequest(id: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const crId = z.string().cuid().parse(id);
  // ok: missing-authorization
  const cr = await prisma.changeRequest.findUnique({
    where: { id: crId },
    select: { authorId: true, status: true, flag: { select: { project: { select: { orgId: true } } } } },
  });
  if (!cr || cr.status !== "pending") return { error: "Change request is not pending" };
  if (cr.authorId === session.user.id) return { error: "You cannot approve your own change" };
  await requireOrgRole(session.user.id, cr.flag.project.orgId, "admin");
  // ok: missing-authorization
  await prisma.changeRequest.update({
    where: { id: crId },
    data: { status: "approved", approverId: session.user.id },
  });
  revalidatePath("/change-requests");
  return { ok: true };
}

const ApplyCR = z.object({ id: z.string().cuid(), orgId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export async function applyChangeRequest(input: z.infer<typeof ApplyCR>) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const { id, orgId } = ApplyCR.parse(input);
  // ruleid: floating-auth-check
  if (!isApprover(session.user.id, orgId)) return { error: "Only approvers can apply changes" };
  // ruleid: missing-authorization
  const cr = await prisma.changeRequest.update({
    where: { id, status: "approved" },
    data: { status: "applied" },
    select: { flagId: true, payload: true },
  });
  const payload = cr.payload as { rules: Prisma.InputJsonValue };
  await prisma.flag.update({ where: { id: cr.flagId }, data: { rules: payload.rules } });
  revalidatePath("/change-requests");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function rejectChangeRequest(id: string, reason: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const { crId, why } = z.object({ crId: z.string().cuid(), why: z.string().max(500) }).parse({ crId: id, why: reason });
  const cr = await prisma.changeRequest.findFirst({
    where: { id: crId, flag: { project: { org: { members: { some: { userId: session.user.id, role: { in: ["admin", "owner"] } } } } } } },
    select: { id: true },
  });
  if (!cr) return { error: "Not found" };
  // ok: missing-authorization
  await prisma.changeRequest.update({ where: { id: cr.id }, data: { status: "rejected", payload: { reason: why } } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function listPendingChangeRequests(orgId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(orgId);
  // ruleid: floating-auth-check
  requireOrgRole(session.user.id, id, "viewer");
  // ruleid: missing-authorization
  const pending = await prisma.changeRequest.findMany({
    where: { status: "pending", flag: { project: { orgId: id } } },
  });
  // ruleid: excessive-data-exposure
  return pending;
}

/** "Request review" button: e-mails every admin of the flag's organisation. */
// ruleid: missing-rate-limit
export async function requestReview(changeRequestId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(changeRequestId);
  // ok: missing-authorization
  const cr = await prisma.changeRequest.findFirst({
    where: { id, authorId: session.user.id },
    select: { id: true, flag: { select: { key: true, project: { select: { orgId: true } } } } },
  });
  if (!cr) return { error: "Not found" };
  const admins = await prisma.membership.findMany({
    where: { orgId: cr.flag.project.orgId, role: { in: ["admin", "owner"] } },
    select: { user: { select: { email: true } } },
  });
  for (const a of admins) {
    await sendEmail(a.user.email, `Review requested: ${cr.flag.key}`, `<a href="${process.env.APP_URL}/change-requests/${cr.id}">Review</a>`);
  }
  return { notified: admins.length };
}
