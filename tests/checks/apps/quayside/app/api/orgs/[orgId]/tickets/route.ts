import { NextResponse } from "next/server";
import { withOrg } from "@/lib/route-wrappers";
import { sql } from "@/lib/db/sql";
import { getEm, MaintenanceTicket } from "@/lib/db/orm";
import { openTicketsByBerth } from "@/lib/db/maintenance-stats";

// Maintenance board (sortable columns).
// ruleid: missing-input-validation
// ok: missing-auth
export const GET = withOrg(async (req, { session }) => {
  const url = new URL(req.url);
  const sort = url.searchParams.get("sort") ?? "created_at";
  const dir = url.searchParams.get("dir") === "asc" ? "asc" : "desc";
  const priority = url.searchParams.get("priority") ?? undefined;
  // ruleid: sql-injection
  const tickets = await sql.unsafe(
    `select id, title, status, priority, berth_id, assignee_id, created_at from maintenance_tickets
      where org_id = $1 order by ${sort} ${dir} limit 200`,
    [session.orgId],
  );
  const perBerth = await openTicketsByBerth(session.orgId, priority);
  // ok: excessive-data-exposure
  return NextResponse.json({ tickets, perBerth });
});

// Inline edits on the board send only the changed cells.
// ruleid: missing-input-validation
// ok: missing-auth
export const PATCH = withOrg(async (req, { session }) => {
  const { id, ...changes } = await req.json();
  const em = await getEm();
  // ok: missing-authorization
  const ticket = await em.findOne(MaintenanceTicket, { id, org: session.orgId });
  if (!ticket) return NextResponse.json({ error: "not_found" }, { status: 404 });
  // ruleid: mass-assignment
  Object.assign(ticket, changes);
  await em.flush();
  return NextResponse.json({ ok: true });
});
