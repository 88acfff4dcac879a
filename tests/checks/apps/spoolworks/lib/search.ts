import "server-only";
import { pool } from "@/lib/db/pg";

const SORTS = {
  newest: "m.created_at DESC",
  popular: "m.download_count DESC",
  rating: "m.avg_rating DESC NULLS LAST",
} as const;
export type SortKey = keyof typeof SORTS;

// Public gallery search. Sort comes from a fixed map, limit is coerced; the term is a placeholder.
export async function searchPublicModels(term: string, sort: SortKey, limit: number) {
  const order = SORTS[sort] ?? SORTS.newest;
  const take = Math.min(Math.max(Number(limit) || 24, 1), 100);
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT m.id, m.title, m.thumbnail_url, m.download_count FROM models m WHERE m.is_public AND m.search_vector @@ plainto_tsquery($1) ORDER BY ${order} LIMIT ${take}`, [term]);
  return rows as { id: string; title: string; thumbnail_url: string; download_count: number }[];
}

// Tag pages (/gallery/tag/[tag]).
export async function modelsByTag(tag: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT id, title, thumbnail_url FROM models WHERE is_public AND '${tag}' = ANY(tags) ORDER BY created_at DESC LIMIT 48`);
  return rows as { id: string; title: string; thumbnail_url: string }[];
}

// Filter by material for the "printable in" facet; materials come from the query string.
export async function modelsByMaterials(materials: string[]) {
  const placeholders = materials.map((_, i) => `$${i + 1}`).join(", ");
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT id, title FROM models WHERE is_public AND material = ANY(ARRAY[${placeholders}])`, materials);
  return rows as { id: string; title: string }[];
}

const REPORT_TABLE = "order_daily_rollup";

export async function shopRevenueReport(shopId: string, from: string, to: string) {
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT day, orders, revenue_cents FROM ${REPORT_TABLE} WHERE shop_id = $1 AND day BETWEEN $2 AND $3 ORDER BY day`, [shopId, from, to]);
  return rows as { day: string; orders: number; revenue_cents: number }[];
}

// Admin export: column list chosen by the admin in the UI.
export async function exportOrders(columns: string, status: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query("SELECT " + columns + " FROM orders_view WHERE status = $1", [status]);
  return rows;
}
