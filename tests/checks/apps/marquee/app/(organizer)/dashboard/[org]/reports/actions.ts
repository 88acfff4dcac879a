"use server";

import { sql as pg } from "@/lib/db/postgres";
import { sql as vsql } from "@vercel/postgres";
import { sql as ksql } from "kysely";
import { kdb } from "@/lib/db/kysely";
import { requireOrgRole } from "@/lib/permissions";
import { salesByDay } from "@/lib/sql";

const GROUPINGS = { day: "date_trunc('day', o.created_at)", tier: "t.tier_id", event: "o.event_id" } as const;

// ok: missing-auth
// ruleid: missing-input-validation
export async function salesReport(orgSlug: string, from: string, to: string, groupBy: string) {
  const { organizerId } = await requireOrgRole(orgSlug, ["OWNER", "ADMIN", "FINANCE"]);
  const fromDate = new Date(from);
  const toDate = new Date(to);
  if (Number.isNaN(fromDate.getTime()) || Number.isNaN(toDate.getTime())) throw new Error("Bad range");
  const column = GROUPINGS[groupBy as keyof typeof GROUPINGS] ?? GROUPINGS.day;
  // ok: sql-injection
  const rows = await pg.unsafe(
    `SELECT ${column} AS bucket, count(*)::int AS tickets, sum(o.total_cents)::int AS gross
       FROM orders o JOIN tickets t ON t.order_id = o.id
      WHERE o.organizer_id = $1 AND o.created_at BETWEEN $2 AND $3
      GROUP BY 1 ORDER BY 1`,
    [organizerId, fromDate, toDate],
  );
  // ok: excessive-data-exposure
  return rows.map((r) => ({ bucket: String(r.bucket), tickets: Number(r.tickets), gross: Number(r.gross) }));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function searchTicketHolders(orgSlug: string, q: string) {
  const { organizerId } = await requireOrgRole(orgSlug, ["OWNER", "ADMIN", "BOX_OFFICE"]);
  // ruleid: sql-injection
  const rows = await pg.unsafe(
    `SELECT t.id, t.status, u.name FROM tickets t JOIN users u ON u.id = t.owner_id
      WHERE t.organizer_id = '${organizerId}' AND u.name ILIKE '%${q}%' LIMIT 50`,
  );
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id as string, status: r.status as string, name: r.name as string }));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function attendeeReport(orgSlug: string, eventId: string) {
  const { organizerId } = await requireOrgRole(orgSlug, ["OWNER", "ADMIN"]);
  if (typeof eventId !== "string" || eventId.length > 40) throw new Error("Bad event");
  // ok: sql-injection, missing-authorization
  const { rows } = await vsql`SELECT * FROM tickets WHERE event_id = ${eventId} AND organizer_id = ${organizerId}`;
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function checkinStats(orgSlug: string, eventId: string) {
  const { organizerId } = await requireOrgRole(orgSlug);
  if (typeof eventId !== "string") throw new Error("Bad event");
  // ok: sql-injection
  const [row] = await pg`
    SELECT count(*) FILTER (WHERE status = 'scanned')::int AS scanned, count(*)::int AS total
      FROM tickets WHERE event_id = ${eventId} AND organizer_id = ${organizerId}`;
  // ok: excessive-data-exposure
  return { scanned: row?.scanned ?? 0, total: row?.total ?? 0 };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function ordersByStatus(orgSlug: string, status: string) {
  const { organizerId } = await requireOrgRole(orgSlug, ["OWNER", "FINANCE"]);
  const result = await ksql<{ id: string; total_cents: number }>`
    SELECT id, total_cents FROM orders
     WHERE organizer_id = ${organizerId}
       AND status = ${
         // ruleid: sql-injection
         ksql.raw(`'${status}'`)
       }`.execute(kdb);
  // ok: excessive-data-exposure
  return result.rows.map((r) => ({ id: r.id, total: r.total_cents }));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function dailySales(orgSlug: string, timezone: string) {
  const { organizerId } = await requireOrgRole(orgSlug, ["OWNER", "FINANCE"]);
  const tz = Intl.supportedValuesOf("timeZone").includes(timezone) ? timezone : "UTC";
  return salesByDay(organizerId, tz);
}
