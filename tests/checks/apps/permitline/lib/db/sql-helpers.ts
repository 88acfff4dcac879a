import { pool } from "./pool";

const SORTABLE = {
  number: "p.number",
  created: "p.created_at",
  valuation: "p.valuation",
  status: "p.status",
} as const;

export type SortKey = keyof typeof SORTABLE;

export function orderBy(key: string | null, dir: string | null) {
  const column = SORTABLE[(key ?? "created") as SortKey] ?? SORTABLE.created;
  const direction = dir === "asc" ? "ASC" : "DESC";
  return `ORDER BY ${column} ${direction}`;
}

export function placeholders(values: unknown[], offset = 0) {
  return values.map((_, i) => `$${i + offset + 1}`).join(", ");
}

export async function permitsByStatuses(municipalityId: string, statuses: string[], sort: string | null, dir: string | null) {
  const text = `SELECT p.id, p.number, p.status, p.address FROM permits p
     WHERE p.municipality_id = $1 AND p.status IN (${placeholders(statuses, 1)})
     ${orderBy(sort, dir)} LIMIT 500`;
  // ok: sql-injection
  const { rows } = await pool.query(text, [municipalityId, ...statuses]);
  return rows;
}

export async function countByColumn(municipalityId: string, column: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT ${column} AS bucket, count(*)::int AS n FROM permits WHERE municipality_id = $1 GROUP BY ${column}`, [
    municipalityId,
  ]);
  return rows as { bucket: string; n: number }[];
}
