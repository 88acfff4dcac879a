import "server-only";
import { Prisma } from "@prisma/client";
import { pool } from "@/lib/db/reporting";
import { prisma } from "@/lib/db/prisma";
import { sql } from "@/lib/db/drizzle";

const TIMEZONES = { utc: "UTC", london: "Europe/London", berlin: "Europe/Berlin", ny: "America/New_York" } as const;
const ORDERS_TABLE = "orders";

export async function salesByDay(eventId: string, tz: keyof typeof TIMEZONES) {
  const zone = TIMEZONES[tz] ?? "UTC";
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT date_trunc('day', created_at AT TIME ZONE '${zone}') AS day, sum(total_cents) AS gross
       FROM ${ORDERS_TABLE} WHERE event_id = $1 AND status IN ('PAID', 'PARTIALLY_REFUNDED')
      GROUP BY 1 ORDER BY 1`,
    [eventId],
  );
  return rows as { day: Date; gross: string }[];
}

export async function revenueByDimension(organiserId: string, groupBy: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(
    `SELECT ${groupBy} AS bucket, sum(o.total_cents - o.refunded_cents) AS net
       FROM orders o JOIN events e ON e.id = o.event_id
      WHERE e.organiser_id = $1 GROUP BY ${groupBy} ORDER BY net DESC`,
    [organiserId],
  );
  return rows;
}

export async function countOrders() {
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT count(*)::int AS n FROM ${ORDERS_TABLE}`);
  return rows[0].n as number;
}

export async function searchAttendees(eventId: string, q: string) {
  // ruleid: sql-injection
  return prisma.$queryRawUnsafe<{ id: string; attendee_name: string }[]>(
    `SELECT t.id, t.attendee_name FROM "Ticket" t JOIN "Order" o ON o.id = t."orderId"
      WHERE o."eventId" = '${eventId}' AND t.attendee_name ILIKE '%${q}%' LIMIT 25`,
  );
}

export async function searchAttendeesSafe(eventId: string, q: string) {
  const pattern = `%${q}%`;
  // ok: sql-injection
  return prisma.$queryRaw<{ id: string; attendeeName: string }[]>`
    SELECT t.id, t."attendeeName" FROM "Ticket" t JOIN "Order" o ON o.id = t."orderId"
     WHERE o."eventId" = ${eventId} AND t."attendeeName" ILIKE ${pattern} LIMIT 25`;
}

export async function refundsSince(organiserId: string, since: Date) {
  // ok: sql-injection
  return prisma.$queryRawUnsafe<{ id: string; refundedCents: number }[]>(
    `SELECT o.id, o."refundedCents" FROM "Order" o JOIN "Event" e ON e.id = o."eventId"
      WHERE e."organiserId" = $1 AND o."refundedCents" > 0 AND o."createdAt" >= $2`,
    organiserId,
    since,
  );
}

export async function ticketTypeTotals(eventIds: string[]) {
  // ok: sql-injection
  return prisma.$queryRaw<{ ticketTypeId: string; sold: bigint }[]>(
    Prisma.sql`SELECT "ticketTypeId", count(*) AS sold FROM "Ticket" WHERE "ticketTypeId" IN (
      SELECT id FROM "TicketType" WHERE "eventId" IN (${Prisma.join(eventIds)})) GROUP BY 1`,
  );
}

export async function scanTimeline(eventId: string, bucketMinutes: string) {
  // ruleid: sql-injection
  return sql.unsafe(
    `SELECT date_bin('${bucketMinutes} minutes', scanned_at, timestamptz '2000-01-01') AS bucket, count(*) AS scans
       FROM scan_events WHERE event_id = $1 GROUP BY 1 ORDER BY 1`,
    [eventId],
  );
}

export async function deviceScanCounts(eventId: string) {
  // ok: sql-injection
  return sql`SELECT device_id, count(*)::int AS scans FROM scan_events WHERE event_id = ${eventId} GROUP BY 1`;
}
