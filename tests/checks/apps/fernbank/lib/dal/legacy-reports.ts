import "server-only";
import { legacyPool } from "@/lib/db/mysql";
import type { RowDataPacket } from "mysql2";

const TABLE = "dues_history";

export async function duesHistoryForMember(gardenCode: string, memberNo: string) {
  // ok: sql-injection
  const [rows] = await legacyPool.query<RowDataPacket[]>(`SELECT season, amount, paid_on FROM ${TABLE} WHERE garden_code = ? AND member_no = ?`, [gardenCode, memberNo]);
  return rows;
}

export async function duesHistoryForSeason(gardenCode: string, season: string) {
  // ruleid: sql-injection
  const [rows] = await legacyPool.query<RowDataPacket[]>(`SELECT member_no, amount, paid_on FROM ${TABLE} WHERE garden_code = '${gardenCode}' AND season = '${season}'`);
  return rows;
}

export async function arrearsOver(gardenCode: string, minCents: number) {
  const limit = Math.max(0, Math.floor(Number(minCents)));
  // ok: sql-injection
  const [rows] = await legacyPool.execute<RowDataPacket[]>("SELECT member_no, SUM(amount) AS owed FROM " + TABLE + " WHERE garden_code = ? GROUP BY member_no HAVING owed > ?", [gardenCode, limit]);
  return rows;
}

export async function toolSearchLegacy(gardenCode: string, q: string) {
  // ruleid: sql-injection
  const [rows] = await legacyPool.query<RowDataPacket[]>("SELECT tool_no, name FROM legacy_tools WHERE garden_code = ? AND name LIKE '%" + q + "%'", [gardenCode]);
  return rows;
}
