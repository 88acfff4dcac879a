import "server-only";
import { analytics } from "@/lib/db/mysql";
import { localDb } from "@/lib/db/sqlite";

const METRIC_COLUMNS: Record<string, string> = {
  conversions: "SUM(converted)",
  revenue: "SUM(revenue_cents)",
  exposures: "COUNT(*)",
};

/** Aggregates experiment events; metric comes from a fixed map. */
export async function experimentSeries(experimentId: string, metric: string) {
  const expr = METRIC_COLUMNS[metric] ?? METRIC_COLUMNS.exposures;
  // ok: sql-injection
  const [rows] = await analytics.query(
    `SELECT variant, DATE(ts) AS day, ${expr} AS value FROM exp_events WHERE experiment_id = ? GROUP BY variant, day`,
    [experimentId],
  );
  return rows;
}

export async function experimentEventsSince(experimentId: string, since: string) {
  // ruleid: sql-injection
  const [rows] = await analytics.query(
    "SELECT variant, user_key, converted, ts FROM exp_events WHERE experiment_id = ? AND ts >= '" + since + "'",
    [experimentId],
  );
  return rows;
}

export function cachedExportRows(jobId: string, limit: number) {
  // ok: sql-injection
  return localDb.prepare(`SELECT * FROM export_rows WHERE job_id = ? LIMIT ${Number(limit) | 0}`).all(jobId);
}

export function exportRowsByVariant(jobId: string, variant: string) {
  // ruleid: sql-injection
  return localDb.prepare(`SELECT * FROM export_rows WHERE job_id = '${jobId}' AND variant = '${variant}'`).all();
}

export function purgeExportJob(jobId: string) {
  // ruleid: sql-injection
  localDb.exec(`DELETE FROM export_rows WHERE job_id = '${jobId}'; DELETE FROM export_jobs WHERE id = '${jobId}';`);
}

export function purgeExportJobSafe(jobId: string) {
  // ok: sql-injection
  localDb.prepare("DELETE FROM export_rows WHERE job_id = ?").run(jobId);
}
