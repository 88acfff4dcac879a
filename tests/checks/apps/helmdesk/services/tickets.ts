import { prisma } from "@/lib/db/prisma";
import { sql } from "@/lib/db/postgres";
import { pool } from "@/lib/db/pg";

export async function getTicketForAgent(workspaceId: string, ticketId: string) {
  return prisma.ticket.findFirst({
    where: { id: ticketId, workspaceId },
    select: { id: true, number: true, subject: true, status: true, priority: true, assigneeId: true, tags: true },
  });
}

// NOTE: no tenant filter — callers must check access first.
export async function loadTicket(ticketId: string) {
  return prisma.ticket.findUnique({ where: { id: ticketId } });
}

export async function closeTickets(workspaceId: string, ids: string[]) {
  return prisma.ticket.updateMany({ where: { id: { in: ids }, workspaceId }, data: { status: "closed" } });
}

export async function deleteTicketsById(ids: string[]) {
  return prisma.ticket.deleteMany({ where: { id: { in: ids } } });
}

export async function reassignTickets(workspaceId: string, ids: string[], assigneeId: string) {
  return sql`
    update tickets set assignee_id = ${assigneeId}
    where workspace_id = ${workspaceId} and id = any(${ids})
  `;
}

export async function addTag(workspaceId: string, ticketId: string, tag: string) {
  // ok: sql-injection
  return pool.query("update tickets set tags = array_append(tags, $1) where id = $2 and workspace_id = $3", [tag, ticketId, workspaceId]);
}

export async function mergeTickets(workspaceId: string, sourceId: string, targetId: string) {
  return prisma.$transaction(async (tx) => {
    const [source, target] = await Promise.all([
      tx.ticket.findFirst({ where: { id: sourceId, workspaceId }, select: { id: true } }),
      tx.ticket.findFirst({ where: { id: targetId, workspaceId }, select: { id: true } }),
    ]);
    if (!source || !target) throw new Error("Ticket not found");
    await tx.message.updateMany({ where: { ticketId: source.id }, data: { ticketId: target.id } });
    await tx.ticket.update({ where: { id: source.id }, data: { status: "merged", mergedIntoId: target.id } });
    return target.id;
  });
}

export async function ticketsInStatus(workspaceId: string, status: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(`select id, number, subject from tickets where workspace_id = $1 and status = '${status}'`, [workspaceId]);
  return rows;
}

const PRIORITY_ORDER = "case priority when 'urgent' then 0 when 'high' then 1 when 'normal' then 2 else 3 end";

export async function ticketsByPriority(workspaceId: string) {
  // ok: sql-injection
  const { rows } = await pool.query(`select id, number, subject from tickets where workspace_id = $1 order by ${PRIORITY_ORDER}`, [workspaceId]);
  return rows;
}
