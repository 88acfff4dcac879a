"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { consoleAction } from "@/lib/actions/safe-action";
import { getEm, MaintenanceTicket, Berth, CrewMember } from "@/lib/db/orm";
import { sql } from "@/lib/db/sql";
import { requireStaff, assertTicketAccess } from "@/lib/auth";
import { TicketSchema, TicketUpdateSchema, Id } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const createTicket = createAction({ schema: TicketSchema }, async (input, { session }) => {
  const em = await getEm();
  if (input.berthId) {
    // ok: missing-authorization
    const ok = await em.count(Berth, { id: input.berthId, org: session.orgId });
    if (!ok) throw new Error("berth not in org");
  }
  // ok: mass-assignment
  const ticket = em.create(MaintenanceTicket, { ...input, org: session.orgId });
  await em.flush();
  revalidatePath("/maintenance");
  return { id: ticket.id };
});

// ok: missing-auth, missing-input-validation
export const updateTicket = createAction({ schema: TicketUpdateSchema }, async (input, { session }) => {
  // ok: floating-auth-check
  await assertTicketAccess(session, input.ticketId);
  const em = await getEm();
  if (input.assigneeId) {
    // ok: missing-authorization
    const crew = await em.count(CrewMember, { id: input.assigneeId, org: session.orgId });
    if (!crew) throw new Error("assignee not in org");
  }
  // ok: missing-authorization
  await em.nativeUpdate(MaintenanceTicket, { id: input.ticketId }, {
    status: input.status,
    assignee: input.assigneeId ?? undefined,
    costCents: input.costCents,
  });
  revalidatePath("/maintenance");
});

// ok: missing-auth
// ruleid: missing-input-validation
export async function closeTicket(ticketId: string, costCents: number) {
  // ok: floating-auth-check
  await requireStaff();
  // ok: sql-injection
  // ruleid: missing-authorization
  await sql`update maintenance_tickets set status = 'done', cost_cents = ${costCents} where id = ${ticketId}`;
  revalidatePath("/maintenance");
}

// ok: missing-auth, missing-input-validation
export const bulkAssign = consoleAction
  .metadata({ actionName: "bulkAssign" })
  .inputSchema(z.object({ ticketIds: z.array(Id).min(1).max(100), assigneeId: Id }))
  .action(async ({ parsedInput, ctx }) => {
    for (const id of parsedInput.ticketIds) {
      // ruleid: floating-auth-check
      assertTicketAccess(ctx.session, id);
    }
    // ok: sql-injection
    // ruleid: missing-authorization
    await sql`update maintenance_tickets set assignee_id = ${parsedInput.assigneeId}, status = 'in_progress' where id = any(${parsedInput.ticketIds})`;
    revalidatePath("/maintenance");
    return { assigned: parsedInput.ticketIds.length };
  });

// ok: missing-auth, missing-input-validation
export async function ticketsForBerth(berthId: string) {
  const session = await requireStaff();
  const id = Id.parse(berthId);
  const em = await getEm();
  // ok: missing-authorization
  const tickets = await em.find(MaintenanceTicket, { berth: id, org: session.orgId }, { orderBy: { createdAt: "desc" } });
  // ruleid: excessive-data-exposure
  return tickets;
}

// ok: missing-auth, missing-input-validation
export async function ticketCounts() {
  const session = await requireStaff();
  // ok: sql-injection
  const rows = await sql`select status, count(*)::int as n from maintenance_tickets where org_id = ${session.orgId} group by status`;
  // ok: excessive-data-exposure
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
