import { kdb } from "@/lib/db/kysely";
import { sql } from "kysely";
import { pool } from "@/lib/db/drizzle";

const SORTABLE = { period: "period", total: "total_pence", created: "created_at" } as const;
type SortKey = keyof typeof SORTABLE;

export async function listStatements(agencyId: string, sortKey: SortKey, dir: "asc" | "desc") {
  const column = SORTABLE[sortKey] ?? "created_at";
  const direction = dir === "asc" ? "asc" : "desc";
  // ok: sql-injection
  return pool.query(`select id, period, total_pence from statements where agency_id = $1 order by ${column} ${direction}`, [agencyId]);
}

export async function statementTotals(agencyId: string, period: string) {
  return kdb
    .selectFrom("statements")
    .select([sql<number>`sum(total_pence)`.as("total")])
    .where("agency_id", "=", agencyId)
    .where("period", "=", period)
    .executeTakeFirst();
}

export async function statementsForPortfolioLegacy(portfolioId: string, year: string) {
  // ruleid: sql-injection
  return pool.query("select * from statements where portfolio_id = '" + portfolioId + "' and period like '" + year + "%'");
}

export async function payoutsByStatus(agencyId: string, status: string) {
  // ruleid: sql-injection
  return sql.raw(`select id, amount_pence from payouts where agency_id = '${agencyId}' and status = '${status}'`).execute(kdb);
}
