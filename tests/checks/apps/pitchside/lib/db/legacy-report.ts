import "server-only";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/mysql";

// builds "?, ?, ?" for an IN list; values go in the parameter array
function placeholders(n: number) {
  return Array.from({ length: n }, () => "?").join(", ");
}

export async function registrationsByIds(ids: number[]) {
  if (ids.length === 0) return [];
  // ok: sql-injection
  const [rows] = await pool.execute(`SELECT reg_id, child_first, child_last FROM registrations WHERE reg_id IN (${placeholders(ids.length)})`, ids);
  return rows;
}

const SORTS: Record<string, string> = { name: `"lastName"`, dob: `"dateOfBirth"`, number: `"jerseyNumber"` };

export async function orderedPlayers(leagueId: string, sortKey: string) {
  const column = SORTS[sortKey] ?? `"lastName"`;
  // ok: sql-injection
  return prisma.$queryRawUnsafe(`SELECT id, "firstName", "lastName" FROM "Player" WHERE "leagueId" = $1 ORDER BY ${column}`, leagueId);
}

export async function detachPlayersBornAfter(leagueId: string, year: string) {
  // ruleid: sql-injection
  return prisma.$executeRawUnsafe(`UPDATE "Player" SET "teamId" = NULL WHERE "leagueId" = $1 AND EXTRACT(YEAR FROM "dateOfBirth") > ${year}`, leagueId);
}

export async function recentLegacy(limit: unknown) {
  const n = Math.min(Number(limit) || 50, 500);
  // ok: sql-injection
  const [rows] = await pool.query(`SELECT reg_id, season_code FROM registrations ORDER BY reg_id DESC LIMIT ${n}`);
  return rows;
}

export async function legacyByGuardian(lastName: string) {
  // ruleid: sql-injection
  const [rows] = await pool.execute(`SELECT reg_id FROM registrations WHERE guardian_last = "${lastName}"`);
  return rows;
}
