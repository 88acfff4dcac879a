"use server";

import { z } from "zod";
import { withOrg, withRole } from "@/lib/actions/wrappers";
import { closeTickets, deleteTicketsById, reassignTickets, mergeTickets } from "@/services/tickets";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

const Ids = z.array(z.string().cuid()).min(1).max(500);

// ok: missing-auth, missing-input-validation, missing-authorization
export const bulkClose = withOrg(async (m, ids: string[]) => {
  const safeIds = Ids.parse(ids);
  const { count } = await closeTickets(m.workspaceId, safeIds);
  return { closed: count };
});

// ok: missing-auth, missing-input-validation
export const bulkDelete = withRole("supervisor", async (m, ids: string[]) => {
  const safeIds = Ids.parse(ids);
  // ruleid: missing-authorization
  const { count } = await deleteTicketsById(safeIds);
  await auditLog({ workspaceId: m.workspaceId, actorId: m.userId, action: "ticket.bulk_deleted", meta: { count } });
  return { deleted: count };
});

// ok: missing-auth, missing-input-validation
export const bulkDeleteScoped = withRole("supervisor", async (m, ids: string[]) => {
  const safeIds = Ids.parse(ids);
  // ok: missing-authorization
  const { count } = await prisma.ticket.deleteMany({ where: { id: { in: safeIds }, workspaceId: m.workspaceId } });
  await auditLog({ workspaceId: m.workspaceId, actorId: m.userId, action: "ticket.bulk_deleted", meta: { count } });
  return { deleted: count };
});

const ReassignSchema = z.object({ ids: Ids, assigneeId: z.string().cuid() });

// ok: missing-auth, missing-input-validation, missing-authorization
export const bulkReassign = withOrg(async (m, input: unknown) => {
  const { ids, assigneeId } = ReassignSchema.parse(input);
  const member = await prisma.membership.findFirst({ where: { userId: assigneeId, workspaceId: m.workspaceId }, select: { id: true } });
  if (!member) return { error: "Assignee is not in this workspace" };
  await reassignTickets(m.workspaceId, ids, assigneeId);
  return { ok: true };
});

// ruleid: missing-input-validation
export const bulkSetPriority = withOrg(async (m, ids: string[], priority: string) => {
  // ok: missing-authorization
  await prisma.ticket.updateMany({
    where: { id: { in: ids }, workspaceId: m.workspaceId },
    data: { priority },
  });
  return { ok: true };
});

const MergeSchema = z.object({ sourceId: z.string().cuid(), targetId: z.string().cuid() });

// ok: missing-auth, missing-input-validation, missing-authorization
export const mergeTicketsAction = withOrg(async (m, input: z.input<typeof MergeSchema>) => {
  const { sourceId, targetId } = MergeSchema.parse(input);
  try {
    const id = await mergeTickets(m.workspaceId, sourceId, targetId);
    return { ok: true, id };
  } catch (err) {
    // ruleid: information-disclosure
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
});
