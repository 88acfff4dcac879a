import "server-only";
import { sql } from "@/lib/db/sql";

const SORTABLE = { label: "label", site: "site", depth: "depth_m" } as const;
type SortKey = keyof typeof SORTABLE;

// Column comes from a fixed map, direction from a ternary of literals.
export async function listTenantSamples(tenantId: string, sort: SortKey, desc: boolean) {
  const col = SORTABLE[sort] ?? "label";
  const dir = desc ? "desc" : "asc";
  // ok: sql-injection
  return sql.unsafe(`select id, label, site, depth_m from samples where tenant_id = $1 order by ${col} ${dir}`, [tenantId]);
}

// Free-text search used by the legacy export.
export async function searchSamples(tenantId: string, q: string) {
  // ruleid: sql-injection
  return sql.unsafe(`select id, label, site from samples where tenant_id = $1 and label ilike '%${q}%'`, [tenantId]);
}

export async function countByStorage(tenantId: string) {
  // ok: sql-injection
  return sql`select storage, count(*)::int as n from samples where tenant_id = ${tenantId} group by storage`;
}

export async function depthHistogram(tenantId: string, bucket: number) {
  const b = Math.max(1, Math.floor(Number(bucket)) || 5);
  // ok: sql-injection
  return sql.unsafe(`select (depth_m / ${b}) * ${b} as bucket, count(*) from samples where tenant_id = $1 group by 1 order by 1`, [tenantId]);
}
