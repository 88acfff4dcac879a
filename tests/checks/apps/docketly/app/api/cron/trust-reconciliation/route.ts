import { NextResponse, type NextRequest } from "next/server";
import { pool } from "@/lib/db/pool";
import { secureCompare } from "@/lib/crypto";
import { logger } from "@/lib/logger";

// Three-way reconciliation: bank statement balance vs. trust journal vs. sum of client ledgers.
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const token = req.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(token, process.env.CRON_SECRET ?? "")) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  // ok: sql-injection
  const { rows } = await pool.query(`
    SELECT a.id, a.firm_id, s.balance_cents AS bank,
           (SELECT COALESCE(SUM(amount_cents),0) FROM trust_ledger_entries e WHERE e.account_id = a.id) AS journal,
           (SELECT COALESCE(SUM(b.bal),0) FROM (SELECT SUM(amount_cents) AS bal FROM trust_ledger_entries e WHERE e.account_id = a.id GROUP BY e.client_id) b) AS clients
      FROM trust_accounts a JOIN LATERAL (SELECT balance_cents FROM bank_statements WHERE account_id = a.id ORDER BY statement_date DESC LIMIT 1) s ON true`);
  const mismatched = rows.filter((r) => Number(r.bank) !== Number(r.journal) || Number(r.journal) !== Number(r.clients));
  for (const m of mismatched) {
    // ok: sql-injection
    await pool.query("INSERT INTO reconciliation_alerts (account_id, firm_id, bank, journal, clients) VALUES ($1, $2, $3, $4, $5)", [m.id, m.firm_id, m.bank, m.journal, m.clients]);
  }
  logger.info("cron.trust_reconciliation", { accounts: rows.length, mismatched: mismatched.length });
  // ok: excessive-data-exposure
  return NextResponse.json({ checked: rows.length, mismatched: mismatched.length });
}
