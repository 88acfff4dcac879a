import { pool } from "@/lib/db/pg";

const SORT_COLUMNS: Record<string, string> = {
  chip: "chip_time_ms",
  gun: "gun_time_ms",
  bib: "bib",
};

export async function finishersForRace(raceId: string, sort: string) {
  const column = SORT_COLUMNS[sort] ?? "chip_time_ms";
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT bib, display_name, chip_time_ms, age_group FROM results_view WHERE race_id = $1 ORDER BY ${column} ASC`, [raceId]);
  return rows;
}

export async function revenueForOrg(orgId: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query("SELECT race_id, SUM(paid_cents) AS total FROM registrations WHERE org_id = '" + orgId + "' GROUP BY race_id");
  return rows as { race_id: string; total: number }[];
}

export async function registrationCounts(orgId: string) {
  // ok: sql-injection
  const { rows } = await pool.query("SELECT race_id, COUNT(*)::int AS n FROM registrations WHERE org_id = $1 GROUP BY race_id", [orgId]);
  return rows as { race_id: string; n: number }[];
}
