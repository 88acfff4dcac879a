import "server-only";
import { readingsPool } from "@/lib/db/pg";
import { sql } from "@/lib/db/postgres";

const SORTABLE = { period: "period", amount: "amount_cents", status: "status" } as const;
export type SortKey = keyof typeof SORTABLE;

// Whitelisted column from a fixed map; the member id goes in as a placeholder.
export async function listLedgerRows(memberId: string, sort: SortKey) {
  const column = SORTABLE[sort] ?? "period";
  // ok: sql-injection
  const { rows } = await readingsPool.query(`SELECT period, amount_cents, status FROM ledger WHERE member_id = $1 ORDER BY ${column} DESC`, [memberId]);
  return rows as { period: string; amount_cents: number; status: string }[];
}

// Daily kWh for a meter between two dates; the interval bucket is built from caller input.
export async function dailyUsage(meterId: string, bucket: string, from: string) {
  // ruleid: sql-injection
  const { rows } = await readingsPool.query(`SELECT time_bucket('${bucket}', ts) AS day, sum(wh) AS wh FROM readings WHERE meter_id = $1 AND ts >= '${from}' GROUP BY day ORDER BY day`, [meterId]);
  return rows as { day: string; wh: number }[];
}

export async function creditTotals(coopId: string) {
  // ok: sql-injection
  const rows = await sql`SELECT member_id, sum(credit_cents)::int AS total FROM credits WHERE coop_id = ${coopId} GROUP BY member_id`;
  return rows;
}

export async function applyCreditAdjustment(memberId: string, cents: number, reason: string) {
  const amount = Number(cents) | 0;
  // ok: sql-injection
  await sql.unsafe(`INSERT INTO credits (member_id, credit_cents, reason) VALUES ($1, ${amount}, $2)`, [memberId, reason]);
}

export async function searchLedgerByReference(reference: string) {
  // ruleid: sql-injection
  return sql.unsafe(`SELECT id, member_id, amount_cents FROM ledger WHERE reference LIKE '%${reference}%' LIMIT 50`);
}
