import { sql } from "drizzle-orm";
import { sql as ksql } from "kysely";
import { db } from "@/lib/db/drizzle";
import { kdb } from "@/lib/db/kysely";
import { mysqlPool } from "@/lib/db/mysql";

const STATUS_FILTER = "status <> 'archived'";

export async function searchInvoices(groupId: string, q: string, orderBy: string) {
  // ruleid: sql-injection
  return db.execute(sql`SELECT id, total_cents FROM supplier_invoices WHERE group_id = ${groupId} AND ${sql.raw(`supplier_id LIKE '%${q}%'`)} ORDER BY ${sql.raw(orderBy)}`);
}

export async function openInvoices(groupId: string) {
  // ok: sql-injection
  return db.execute(sql`SELECT id, total_cents FROM supplier_invoices WHERE group_id = ${groupId} AND ${sql.raw(STATUS_FILTER)}`);
}

export async function ledgerForCard(cardId: string, column: string) {
  // ruleid: sql-injection
  return ksql`SELECT ${ksql.raw(column)} FROM gift_card_ledger WHERE gift_card_id = ${cardId}`.execute(kdb);
}

export async function ledgerTotals(cardId: string) {
  // ok: sql-injection
  return ksql<{ total: number }>`SELECT SUM(delta_cents) AS total FROM gift_card_ledger WHERE gift_card_id = ${cardId}`.execute(kdb);
}

export async function posOrdersSince(venueId: string, since: string) {
  const conn = await mysqlPool.getConnection();
  try {
    // ruleid: sql-injection
    const [rows] = await conn.query(`SELECT id, total_cents FROM pos_orders WHERE venue_id = ? AND closed_at > '${since}'`, [venueId]);
    return rows;
  } finally {
    conn.release();
  }
}

export async function posOrdersSinceSafe(venueId: string, since: Date) {
  // ok: sql-injection
  const [rows] = await mysqlPool.query("SELECT id, total_cents FROM pos_orders WHERE venue_id = ? AND closed_at > ?", [venueId, since]);
  return rows;
}
