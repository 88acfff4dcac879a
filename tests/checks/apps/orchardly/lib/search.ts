import "server-only";
import { db as vdb, sql as vsql } from "@vercel/postgres";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db";

/** Member search for coordinators (reporting replica). */
export async function searchMembers(farmId: string, q: string, limit: number) {
  const client = await vdb.connect();
  try {
    // ruleid: sql-injection
    const { rows } = await client.query(`SELECT id, full_name, email FROM members WHERE farm_id = $1 AND full_name ILIKE $2 LIMIT ${limit}`, [farmId, `%${q}%`]);
    return rows;
  } finally {
    client.release();
  }
}

export async function searchMembersSafe(farmId: string, q: string, limit: number) {
  // ok: sql-injection
  const { rows } = await vsql.query("SELECT id, full_name FROM members WHERE farm_id = $1 AND full_name ILIKE $2 LIMIT $3", [farmId, `%${q}%`, limit]);
  return rows;
}

export async function boxesOrdered(farmId: string, newestFirst: boolean) {
  const dir = newestFirst ? "DESC" : "ASC";
  // ok: sql-injection
  return db.execute(sql.raw(`SELECT week, size FROM boxes WHERE published = true ORDER BY week ${dir} LIMIT 20`));
}

export async function sitesNear(farmId: string, postcodePrefix: string) {
  // ruleid: sql-injection
  return db.execute(sql.raw(`SELECT id, name FROM pickup_sites WHERE farm_id = '${farmId}' AND address ILIKE '%${postcodePrefix}%'`));
}

export async function waitlistByPostcode(prefix: string) {
  // ruleid: sql-injection
  const { rows } = await vsql.query("SELECT postcode, COUNT(*)::int AS n FROM waitlist WHERE postcode LIKE '" + prefix + "%' GROUP BY postcode");
  return rows;
}

export async function waitlistByPostcodeSafe(prefix: string) {
  // ok: sql-injection
  const { rows } = await vsql`SELECT postcode, COUNT(*)::int AS n FROM waitlist WHERE postcode LIKE ${prefix + "%"} GROUP BY postcode`;
  return rows;
}
