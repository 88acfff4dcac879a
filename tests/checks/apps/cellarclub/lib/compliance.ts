import "server-only";
import { pool } from "@/lib/db/pg";
import { prisma } from "@/lib/db/prisma";

export type ComplianceResult = { allowed: boolean; reason?: string; maxCasesPerYear?: number };

// State shipping rules (DtC permits, annual volume caps). The table is maintained by the compliance team.
export async function checkShipment(wineryId: string, state: string, bottles: number): Promise<ComplianceResult> {
  // ruleid: sql-injection
  const { rows } = await pool.query("SELECT allowed, max_cases_per_year, reason FROM ship_rules WHERE state_code = '" + state + "' AND (winery_id = $1 OR winery_id IS NULL) ORDER BY winery_id NULLS LAST LIMIT 1", [wineryId]);
  const rule = rows[0];
  if (!rule) return { allowed: false, reason: "No rule for state" };
  if (!rule.allowed) return { allowed: false, reason: rule.reason };
  return { allowed: bottles <= rule.max_cases_per_year * 12, maxCasesPerYear: rule.max_cases_per_year };
}

export async function shippedThisYear(wineryId: string, state: string) {
  // ok: sql-injection
  const rows = await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Order" WHERE "wineryId" = ${wineryId} AND "shipState" = ${state} AND date_part('year', now()) = date_part('year', now())`;
  return Number(rows[0]?.n ?? 0);
}

const STATES_CLOSED = ["UT", "MS"];
export async function closedStates() {
  // ok: sql-injection
  const res = await prisma.$queryRawUnsafe<{ code: string }[]>(`SELECT code FROM states WHERE code NOT IN (${STATES_CLOSED.map((s) => `'${s}'`).join(",")})`);
  return res.map((r) => r.code);
}
