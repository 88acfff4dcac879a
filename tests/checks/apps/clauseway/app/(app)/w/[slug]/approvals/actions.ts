"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { prisma } from "@/lib/db/prisma";
import { db } from "@/lib/db/drizzle";
import { contracts } from "@/lib/db/schema";
import { verifySession } from "@/lib/dal";
import { assertCanDecide } from "@/lib/permissions";
import { auditLog } from "@/lib/audit";
import { sendMail } from "@/lib/mailer";
import { rateLimitByKey } from "@/lib/rate-limit";

const decisionSchema = z.object({
  stepId: z.string().cuid(),
  decision: z.enum(["approved", "rejected"]),
  comment: z.string().max(2000).optional(),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function decideStep(input: z.infer<typeof decisionSchema>) {
  const { userId } = await verifySession();
  const data = decisionSchema.parse(input);
  // ok: floating-auth-check
  await assertCanDecide(userId, data.stepId);
  // ok: missing-authorization, mass-assignment
  await prisma.approvalStep.update({ where: { id: data.stepId }, data: { decision: data.decision, comment: data.comment, approverId: userId, decidedAt: new Date() } });
  await auditLog({ actorId: userId, action: `approval.${data.decision}`, target: data.stepId });
  revalidatePath("/w");
}

// ok: missing-auth, missing-input-validation
export async function quickApprove(stepId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(stepId);
  // why: assertCanDecide is async and called as a bare statement without await
  // ruleid: floating-auth-check
  assertCanDecide(userId, id);
  // why: the only authorization is the floating call above
  // ruleid: missing-authorization
  await prisma.approvalStep.update({ where: { id }, data: { decision: "approved", approverId: userId, decidedAt: new Date() } });
}

const flowSchema = z.object({
  contractId: z.string().uuid(),
  steps: z.array(z.object({ approverRole: z.enum(["legal", "finance", "owner", "any"]) })).min(1).max(8),
});

// ok: missing-auth, missing-input-validation
export async function startApprovalFlow(input: unknown) {
  const session = await verifySession();
  const data = flowSchema.parse(input);
  // ok: missing-authorization
  const [contract] = await db.select({ id: contracts.id }).from(contracts).where(and(eq(contracts.id, data.contractId), eq(contracts.workspaceId, session.workspaceId)));
  if (!contract) throw new Error("Contract not found");
  // ok: mass-assignment, missing-authorization
  const flow = await prisma.approvalFlow.create({
    data: { workspaceId: session.workspaceId, contractId: contract.id, createdById: session.userId, steps: { create: data.steps } },
    select: { id: true },
  });
  return { id: flow.id };
}

// ok: missing-auth, missing-input-validation
export async function listPendingApprovals() {
  const session = await verifySession();
  // ok: missing-authorization
  const steps = await prisma.approvalStep.findMany({
    where: { decision: null, flow: { workspaceId: session.workspaceId } },
    select: { id: true, approverRole: true, flow: { select: { contractId: true } } },
  });
  // ok: excessive-data-exposure
  return steps;
}

// why: flowId (a plain string parameter) reaches Prisma unchecked
// ruleid: missing-input-validation
// ok: missing-auth
export async function getFlowDetails(flowId: string) {
  const session = await verifySession();
  // why: flow loaded by client id without workspace scope
  // ruleid: missing-authorization
  const flow = await prisma.approvalFlow.findUnique({ where: { id: flowId }, include: { steps: true } });
  // why: whole Prisma record (no select) returned to the client
  // ruleid: excessive-data-exposure
  return flow;
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function nudgeApprover(stepId: string) {
  const session = await verifySession();
  const id = z.string().cuid().parse(stepId);
  await rateLimitByKey(`nudge:${session.userId}`);
  // ok: missing-authorization
  const step = await prisma.approvalStep.findFirst({ where: { id, flow: { workspaceId: session.workspaceId } }, select: { approverId: true } });
  if (!step?.approverId) return { error: "No approver assigned." };
  await sendMail({ to: `${step.approverId}@users.clauseway.app`, subject: "Approval waiting", html: "<p>A contract is waiting on you.</p>" });
  return { success: true };
}
