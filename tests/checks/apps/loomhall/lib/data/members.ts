import "server-only";
import { pool } from "@/lib/db/pg";

export async function searchMembers(q: string) {
  // ok: sql-injection
  const { rows } = await pool.query('SELECT id, name FROM "User" WHERE name ILIKE $1 AND "suspendedAt" IS NULL LIMIT 20', [`%${q}%`]);
  return rows as { id: string; name: string }[];
}

export async function membersByRole(role: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT id, name, email FROM "User" WHERE role = '${role}'`);
  return rows as { id: string; name: string; email: string }[];
}

export async function countMembers() {
  const TABLE = '"User"';
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT COUNT(*)::int AS n FROM ${TABLE} WHERE "suspendedAt" IS NULL`);
  return rows[0].n as number;
}
