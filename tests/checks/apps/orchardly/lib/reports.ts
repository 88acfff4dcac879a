import "server-only";
import { sql as vsql } from "@vercel/postgres";
import { sql } from "drizzle-orm";
import { db, pg } from "@/lib/db";

const SORT_COLUMNS = { week: "week", total: "total", boxes: "boxes" } as const;
export type ReportSort = keyof typeof SORT_COLUMNS;

/** Weekly revenue per farm (reporting replica through @vercel/postgres). */
export async function weeklyRevenue(farmId: string, sort: ReportSort) {
  const column = SORT_COLUMNS[sort] ?? "week";
  // ok: sql-injection
  const { rows } = await vsql.query(`SELECT c.week, SUM(c.amount_cents) AS total, COUNT(*) AS boxes FROM charges c JOIN subscriptions s ON s.id = c.subscription_id WHERE s.farm_id = $1 GROUP BY c.week ORDER BY ${column} DESC`, [farmId]);
  return rows as { week: string; total: number; boxes: number }[];
}

export async function siteFill(farmId: string) {
  // ok: sql-injection
  const { rows } = await vsql`SELECT p.name, p.capacity, COUNT(s.id)::int AS subscribed FROM pickup_sites p LEFT JOIN subscriptions s ON s.site_id = p.id AND s.status = 'active' WHERE p.farm_id = ${farmId} GROUP BY p.id`;
  return rows;
}

/** Free-text search across harvest items of one farm. */
export async function searchHarvest(farmId: string, term: string) {
  // ruleid: sql-injection
  const { rows } = await vsql.query(`SELECT item, unit, SUM(quantity) AS qty FROM harvest_items WHERE farm_id = $1 AND item ILIKE '%${term}%' GROUP BY item, unit`, [farmId]);
  return rows;
}

export async function itemsForWeek(farmId: string, week: string) {
  // ok: sql-injection
  return db.execute(sql`SELECT item, quantity, unit FROM harvest_items WHERE farm_id = ${farmId} AND week = ${week}`);
}

/** Bulk pause of every subscription at a closed site (used by the admin console). */
export async function pauseSite(farmId: string, siteIds: string[]) {
  const list = siteIds.map((id) => `'${id}'`).join(",");
  // ruleid: sql-injection
  return pg.unsafe(`UPDATE subscriptions SET status = 'paused' WHERE farm_id = '${farmId}' AND site_id IN (${list})`);
}

export async function memberCountsBy(column: "role" | "farm_id") {
  const col = column === "role" ? "role" : "farm_id";
  // ok: sql-injection
  return db.execute(sql`SELECT ${sql.raw(col)} AS k, COUNT(*)::int AS n FROM members GROUP BY 1`);
}

export async function chargesSince(farmId: string, since: string) {
  // ruleid: sql-injection
  return db.execute(sql.raw(`SELECT week, amount_cents, status FROM charges WHERE week >= '${since}' AND subscription_id IN (SELECT id FROM subscriptions WHERE farm_id = '${farmId}')`));
}

export async function skipsByWeek(farmId: string) {
  // ok: sql-injection
  return pg`SELECT week, COUNT(*)::int AS skips FROM skips k JOIN subscriptions s ON s.id = k.subscription_id WHERE s.farm_id = ${farmId} GROUP BY week ORDER BY week DESC LIMIT 12`;
}
