import { royaltiesDb } from "@/lib/db/mysql";
import type { RowDataPacket } from "mysql2";

const PERIODS = { q1: "01-03", q2: "04-06", q3: "07-09", q4: "10-12" } as const;

export async function statementsForAuthor(agencyId: string, authorId: string) {
  // ok: sql-injection
  const [rows] = await royaltiesDb.query<RowDataPacket[]>("SELECT id, period, net_cents, currency FROM statements WHERE agency_id = ? AND author_id = ?", [agencyId, authorId]);
  return rows;
}

export async function statementsForPeriod(agencyId: string, period: keyof typeof PERIODS) {
  const months = PERIODS[period];
  // ok: sql-injection
  const [rows] = await royaltiesDb.query<RowDataPacket[]>(`SELECT id, author_id, net_cents FROM statements WHERE agency_id = ? AND month_range = '${months}'`, [agencyId]);
  return rows;
}

export async function searchStatements(agencyId: string, isbn: string) {
  // ruleid: sql-injection
  const [rows] = await royaltiesDb.query<RowDataPacket[]>(`SELECT id, isbn, net_cents FROM statements WHERE agency_id = ? AND isbn LIKE '%${isbn}%'`, [agencyId]);
  return rows;
}

export async function recordAdjustment(agencyId: string, statementId: number, cents: number, reason: string) {
  // ok: sql-injection
  await royaltiesDb.execute("INSERT INTO adjustments (agency_id, statement_id, cents, reason) VALUES (?, ?, ?, ?)", [agencyId, statementId, cents, reason]);
}
