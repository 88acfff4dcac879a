import "server-only";
import { sql } from "drizzle-orm";
import { db, pgPool } from "@/lib/db/drizzle";

const ALLOWED_COLUMNS = new Set(["full_name", "phone"]);

export async function searchClients(pantryId: string, column: string, term: string) {
  const col = ALLOWED_COLUMNS.has(column) ? column : "full_name";
  // ok: sql-injection
  const { rows } = await pgPool.query(`SELECT id, full_name FROM clients WHERE pantry_id = $1 AND ${col} ILIKE $2 LIMIT 20`, [pantryId, `%${term}%`]);
  return rows as { id: string; full_name: string }[];
}

export async function clientsByHousehold(pantryId: string, minSize: string) {
  // ruleid: sql-injection
  const { rows } = await pgPool.query(`SELECT id, full_name FROM clients WHERE pantry_id = $1 AND household_size >= ${minSize}`, [pantryId]);
  return rows as { id: string; full_name: string }[];
}

export async function appointmentsOrdered(pantryId: string, direction: string) {
  // ruleid: sql-injection
  return db.execute(sql.raw(`SELECT id, slot, status FROM appointments WHERE pantry_id = '${pantryId}' ORDER BY slot ${direction}`));
}

export async function appointmentsForDay(pantryId: string, day: string) {
  // ok: sql-injection
  return db.execute(sql`SELECT id, slot, status FROM appointments WHERE pantry_id = ${pantryId} AND slot::date = ${day}::date`);
}
