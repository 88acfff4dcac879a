import "server-only";
import { pool } from "@/lib/db";

const GROUPS = { stage: 's.name', source: 'c.source', job: 'j.title' } as const;
export type ReportGroup = keyof typeof GROUPS;

export async function pipelineReport(companyId: string, group: ReportGroup, since: Date) {
  const col = GROUPS[group];
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT ${col} AS bucket, count(*)::int AS applications, count(*) FILTER (WHERE a.status = 'hired')::int AS hires
       FROM "Application" a
       JOIN "Job" j ON j.id = a."jobId"
       JOIN "Candidate" c ON c.id = a."candidateId"
       LEFT JOIN "Stage" s ON s.id = a."stageId"
      WHERE j."companyId" = $1 AND a."createdAt" >= $2
      GROUP BY 1 ORDER BY 2 DESC`,
    [companyId, since],
  );
  return rows as { bucket: string; applications: number; hires: number }[];
}

export function toCsv(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return "";
  const cols = Object.keys(rows[0]!);
  const esc = (v: unknown) => `"${String(v ?? "").replace(/"/g, '""')}"`;
  return [cols.join(","), ...rows.map((r) => cols.map((c) => esc(r[c])).join(","))].join("\n");
}
