import "server-only";
import { sql, db as vercelDb } from "@vercel/postgres";

// Reporting queries against the warehouse replica (@vercel/postgres).

const SORTABLE = { enrolled: "enrolled_count", screened: "screened_count", title: "title", created: "created_at" } as const;
export type SortKey = keyof typeof SORTABLE;

export function orderBy(sort: string | null, dir: string | null) {
  const column = SORTABLE[(sort ?? "created") as SortKey] ?? "created_at";
  const direction = dir === "asc" ? "ASC" : "DESC";
  return `ORDER BY ${column} ${direction}`;
}

export async function enrollmentFunnel(sponsorId: string, sort: string | null, dir: string | null) {
  const client = await vercelDb.connect();
  try {
    // ok: sql-injection
    const { rows } = await client.query(
      `SELECT study_id, title, screened_count, enrolled_count FROM study_funnel WHERE sponsor_id = $1 ${orderBy(sort, dir)}`,
      [sponsorId],
    );
    return rows;
  } finally {
    client.release();
  }
}

export async function searchStudiesByCondition(term: string) {
  const client = await vercelDb.connect();
  try {
    // ruleid: sql-injection
    const { rows } = await client.query(`SELECT id, slug, title, condition, phase FROM studies WHERE published = true AND condition ILIKE '%${term}%' LIMIT 50`);
    return rows;
  } finally {
    client.release();
  }
}

export async function siteVisitCounts(sponsorId: string, year: string) {
  const y = Number.parseInt(year, 10);
  if (!Number.isFinite(y)) throw new Error("bad year");
  const client = await vercelDb.connect();
  try {
    // ok: sql-injection
    const { rows } = await client.query("SELECT site_id, count(*)::int AS visits FROM visits WHERE sponsor_id = $1 AND extract(year from scheduled_at) = " + y, [sponsorId]);
    return rows;
  } finally {
    client.release();
  }
}

export async function stipendTotalsByStatus(sponsorId: string, status: string) {
  const client = await vercelDb.connect();
  try {
    // ruleid: sql-injection
    const { rows } = await client.query("SELECT study_id, sum(amount_cents)::int AS total FROM stipends WHERE sponsor_id = '" + sponsorId + "' AND status = '" + status + "' GROUP BY study_id");
    return rows;
  } finally {
    client.release();
  }
}

export async function publishedStudyCount() {
  // ok: sql-injection
  const { rows } = await sql`SELECT count(*)::int AS n FROM studies WHERE published = true`;
  return rows[0]?.n ?? 0;
}

export async function studiesNear(postcodePrefix: string) {
  // ok: sql-injection
  const { rows } = await sql`SELECT s.slug, s.title, si.city FROM studies s JOIN study_sites ss ON ss.study_id = s.id JOIN sites si ON si.id = ss.site_id WHERE s.published = true AND si.postcode_prefix = ${postcodePrefix} LIMIT 25`;
  return rows;
}

const TABLE = "audit_logs";

export async function recentAuditRows(sponsorId: string) {
  const client = await vercelDb.connect();
  try {
    // ok: sql-injection
    const { rows } = await client.query(`SELECT id, action, target, created_at FROM ${TABLE} WHERE sponsor_id = $1 ORDER BY created_at DESC LIMIT 200`, [sponsorId]);
    return rows;
  } finally {
    client.release();
  }
}

export function placeholders(values: unknown[], offset = 1) {
  return values.map((_, i) => `$${i + offset}`).join(", ");
}

export async function volunteersByIds(sponsorId: string, ids: string[]) {
  const client = await vercelDb.connect();
  try {
    // ok: sql-injection
    const { rows } = await client.query(`SELECT id, first_name, status FROM sponsor_volunteers WHERE sponsor_id = $1 AND id IN (${placeholders(ids, 2)})`, [sponsorId, ...ids]);
    return rows;
  } finally {
    client.release();
  }
}
