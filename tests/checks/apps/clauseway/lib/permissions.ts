import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { contracts, memberships } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";

/** True when the user is an editor (or above) in the contract's workspace. */
export async function canEditContract(userId: string, contractId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: contracts.id })
    .from(contracts)
    .innerJoin(memberships, eq(memberships.workspaceId, contracts.workspaceId))
    .where(and(eq(contracts.id, contractId), eq(memberships.userId, userId), inArray(memberships.role, ["owner", "admin", "editor"])))
    .limit(1);
  return Boolean(row);
}

export async function isWorkspaceAdmin(userId: string, workspaceId: string): Promise<boolean> {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.workspaceId, workspaceId)))
    .limit(1);
  return row?.role === "owner" || row?.role === "admin";
}

/** Throws unless the user holds the role required by the pending approval step. */
export async function assertCanDecide(userId: string, stepId: string) {
  const step = await prisma.approvalStep.findUnique({
    where: { id: stepId },
    select: { approverRole: true, approverId: true, flow: { select: { workspaceId: true } } },
  });
  if (!step) throw new Error("Not found");
  if (step.approverId && step.approverId !== userId) throw new Error("Forbidden");
  const [m] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.workspaceId, step.flow.workspaceId)))
    .limit(1);
  if (!m || (step.approverRole !== "any" && m.role !== step.approverRole && m.role !== "owner")) throw new Error("Forbidden");
  return step;
}
