import "server-only";
import { pool } from "@/lib/db/pg";
import { sortColumn } from "@/lib/sql/filters";

// Shared report queries for the admin console and the org dashboard.
export async function revenueByMonth(orgId: string, sort: string | null) {
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT date_trunc('month', created_at) AS m, sum(amount_cents)::int AS total FROM invoices WHERE org_id = $1 GROUP BY 1 ORDER BY ${sortColumn(sort) === "created_at" ? "1" : "2"} DESC`, [orgId]);
  return rows as { m: Date; total: number }[];
}

export async function wordsByLanguage(orgId: string, langs: string[]) {
  const list = langs.map((l) => `'${l}'`).join(",");
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT target_lang, sum(word_count)::int AS words FROM job_targets WHERE org_id = $1 AND target_lang IN (${list}) GROUP BY 1`, [orgId]);
  return rows as { target_lang: string; words: number }[];
}

const MAX_ROWS = 500;

export async function latestInvoices(orgId: string) {
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT id, amount_cents, status FROM invoices WHERE org_id = $1 ORDER BY created_at DESC LIMIT ${MAX_ROWS}`, [orgId]);
  return rows as { id: string; amount_cents: number; status: string }[];
}
