import { pool } from "@/lib/db/drizzle";

const SORTABLE = { starts_at: "e.starts_at", title: "e.title", sold: "sold_count" } as const;
export type SortKey = keyof typeof SORTABLE;

export function orderByClause(sort: string, dir: string): string {
  const column = SORTABLE[(sort in SORTABLE ? sort : "starts_at") as SortKey];
  const direction = dir === "asc" ? "ASC" : "DESC";
  return `ORDER BY ${column} ${direction}`;
}

export async function searchPublicEvents(q: string, sort: string, dir: string, limit: number) {
  const take = Math.min(Math.max(Number(limit) || 20, 1), 100);
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT e.id, e.slug, e.title, e.starts_at, v.name AS venue
       FROM events e JOIN venues v ON v.id = e.venue_id
      WHERE e.status = 'published' AND e.title ILIKE $1
      ${orderByClause(sort, dir)} LIMIT ${take}`,
    [`%${q}%`],
  );
  return rows as { id: string; slug: string; title: string; starts_at: Date; venue: string }[];
}

export async function salesByDay(organizerId: string, timezone: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(
    `SELECT date_trunc('day', created_at AT TIME ZONE '${timezone}') AS day, sum(total_cents) AS gross
       FROM orders WHERE organizer_id = $1 AND status = 'paid' GROUP BY 1 ORDER BY 1`,
    [organizerId],
  );
  return rows as { day: string; gross: number }[];
}
