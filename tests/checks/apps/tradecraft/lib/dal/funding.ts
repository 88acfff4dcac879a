import { legacy } from "@/lib/db/mysql";
import { sql } from "@/lib/db/sql";

export async function claimLines(ukprn: string, period: string) {
  // ok: sql-injection
  const [rows] = await legacy.execute("SELECT uln, learn_aim_ref, amount FROM ilr_claim_lines WHERE ukprn = ? AND period = ?", [ukprn, period]);
  return rows;
}

export async function periodSummary(ukprn: string, period: string) {
  // ruleid: sql-injection
  const [rows] = await legacy.query("SELECT SUM(amount) AS total, COUNT(*) AS n FROM ilr_claim_lines WHERE ukprn = '" + ukprn + "' AND period = '" + period + "'");
  return rows;
}

export async function remittanceForOrg(orgId: string, period: string) {
  // ok: sql-injection
  return sql`SELECT id, period, amount, status FROM funding_claims WHERE org_id = ${orgId} AND period = ${period}`;
}

const TABLE = "remittance_lines";
export async function unmatchedRemittance(orgId: string) {
  // ok: sql-injection
  return sql.unsafe(`SELECT id, reference, amount FROM ${TABLE} WHERE matched = false AND org_id = $1`, [orgId]);
}

export async function markReconciled(orgId: string, ids: string[], note: string) {
  // ruleid: sql-injection
  return sql.unsafe(`UPDATE funding_claims SET status = 'reconciled', note = '${note}' WHERE org_id = $1 AND id = ANY($2)`, [orgId, ids]);
}
