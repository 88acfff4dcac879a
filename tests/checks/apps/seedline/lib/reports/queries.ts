import "server-only";
import { pool } from "@/lib/pg";
import { sql } from "@/lib/postgres";

const SORTABLE = { delivered_at: "d.created_at", net_kg: "net_kg", member: "m.full_name" } as const;
export type SortKey = keyof typeof SORTABLE;

export async function deliveryReport(coopId: string, season: string, sort: SortKey, dir: "asc" | "desc") {
  const column = SORTABLE[sort] ?? "d.created_at";
  const direction = dir === "asc" ? "ASC" : "DESC";
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT d.ticket_no, m.full_name, d.gross_kg - d.tare_kg AS net_kg, d.grade, d.created_at
       FROM deliveries d JOIN members m ON m.id = d.member_id
      WHERE d.coop_id = $1 AND d.season = $2
      ORDER BY ${column} ${direction} LIMIT 500`,
    [coopId, season],
  );
  return rows as { ticket_no: string; full_name: string; net_kg: number; grade: string | null; created_at: Date }[];
}

export async function memberSearch(coopId: string, term: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(
    `SELECT id, member_no, full_name, phone FROM members WHERE coop_id = $1 AND full_name ILIKE '%${term}%' LIMIT 50`,
    [coopId],
  );
  return rows as { id: string; member_no: string; full_name: string; phone: string }[];
}

export async function loanBookByStatus(coopId: string, statuses: string[]) {
  const placeholders = statuses.map((_, i) => `$${i + 2}`).join(", ");
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT id, member_id, principal, balance, status FROM loans WHERE coop_id = $1 AND status IN (${placeholders})`,
    [coopId, ...statuses],
  );
  return rows;
}

export async function payoutTotals(coopId: string, groupBy: string) {
  // ruleid: sql-injection
  return sql.unsafe(`select ${groupBy} as bucket, sum(net) as total from payouts where coop_id = $1 group by 1`, [coopId]);
}

export async function lotTrace(lotNumber: string) {
  // ok: sql-injection
  return sql`select l.lot_number, l.crop, d.ticket_no, d.created_at from lots l
             join deliveries d on d.lot_id = l.id where l.lot_number = ${lotNumber}`;
}
