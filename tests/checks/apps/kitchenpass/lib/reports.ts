import "server-only";
import { pool } from "@/lib/db/drizzle";
import { mysqlPool } from "@/lib/db/mysql";
import { kioskDb } from "@/lib/db/sqlite";
import { prisma } from "@/lib/db";
import { Prisma } from "@prisma/client";

const SORTABLE = { date: "clock_in", minutes: "minutes", pay: "pay_cents" } as const;
type SortKey = keyof typeof SORTABLE;

export async function labourCostByVenue(groupId: string, from: string, to: string) {
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT venue_id, SUM(pay_cents)::int AS cents FROM timesheets t
       JOIN venues v ON v.id = t.venue_id
      WHERE v.group_id = $1 AND clock_in BETWEEN $2 AND $3
      GROUP BY venue_id`,
    [groupId, from, to],
  );
  return rows as { venue_id: string; cents: number }[];
}

export async function timesheetsSorted(venueId: string, sort: SortKey, dir: "asc" | "desc") {
  const column = SORTABLE[sort] ?? "clock_in";
  const direction = dir === "desc" ? "DESC" : "ASC";
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT id, staff_id, clock_in, clock_out, minutes FROM timesheets WHERE venue_id = $1 ORDER BY ${column} ${direction} LIMIT 200`,
    [venueId],
  );
  return rows;
}

export async function searchStaff(venueId: string, term: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(
    `SELECT id, display_name FROM staff WHERE venue_id = '${venueId}' AND display_name ILIKE '%${term}%'`,
  );
  return rows as { id: string; display_name: string }[];
}

export async function posTotals(venueIds: string[], groupBy: string) {
  const placeholders = venueIds.map(() => "?").join(", ");
  // ruleid: sql-injection
  const [rows] = await mysqlPool.query(
    "SELECT " + groupBy + ", SUM(total_cents) AS cents FROM pos_orders WHERE venue_id IN (" + placeholders + ") GROUP BY " + groupBy,
    venueIds,
  );
  return rows;
}

export async function posTotalsForVenues(venueIds: string[]) {
  const placeholders = venueIds.map(() => "?").join(", ");
  // ok: sql-injection
  const [rows] = await mysqlPool.execute(
    `SELECT venue_id, SUM(total_cents) AS cents FROM pos_orders WHERE venue_id IN (${placeholders}) GROUP BY venue_id`,
    venueIds,
  );
  return rows;
}

export function kioskMenu(venueId: string, category?: string) {
  const where = category ? `AND category = '${category}'` : "";
  // ruleid: sql-injection
  return kioskDb.prepare(`SELECT id, name, price_cents FROM menu_cache WHERE venue_id = ? ${where}`).all(venueId);
}

export function kioskPinHash(staffId: string) {
  // ok: sql-injection
  const row = kioskDb.prepare("SELECT pin_hash FROM kiosk_staff WHERE id = ?").get(staffId) as { pin_hash: string } | undefined;
  return row?.pin_hash ?? null;
}

export async function giftCardLedger(giftCardId: string, limit: number) {
  // ok: sql-injection
  return prisma.$queryRaw<{ id: string; delta_cents: number }[]>`
    SELECT id, delta_cents FROM gift_card_ledger WHERE gift_card_id = ${giftCardId} ORDER BY created_at DESC LIMIT ${limit}`;
}

export async function topSellers(venueId: string, days: number) {
  // ruleid: sql-injection
  return prisma.$queryRawUnsafe(
    `SELECT name, COUNT(*) AS sold FROM order_lines WHERE venue_id = '${venueId}' AND created_at > now() - interval '${days} days' GROUP BY name ORDER BY sold DESC LIMIT 10`,
  );
}

export async function topSellersSafe(venueId: string, days: number) {
  const span = Math.max(1, Math.min(90, Math.trunc(Number(days))));
  // ok: sql-injection
  return prisma.$queryRawUnsafe(
    `SELECT name, COUNT(*) AS sold FROM order_lines WHERE venue_id = $1 AND created_at > now() - make_interval(days => $2) GROUP BY name LIMIT 10`,
    venueId,
    span,
  );
}

export async function archiveTable(table: "timesheets" | "pos_orders", beforeIso: string) {
  const TABLE_NAME = "archive_runs";
  // ok: sql-injection
  await prisma.$executeRaw(Prisma.sql`INSERT INTO archive_runs (tbl, before) VALUES (${table}, ${beforeIso})`);
  // ok: sql-injection
  return prisma.$executeRawUnsafe(`DELETE FROM ${TABLE_NAME} WHERE created_at < now() - interval '2 years'`);
}
