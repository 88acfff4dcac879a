import "server-only";
import mysql from "mysql2/promise";

// legacy registrations system (2017-2023), read-mostly
export const pool = mysql.createPool({
  uri: process.env.LEGACY_MYSQL_URL,
  connectionLimit: 5,
  namedPlaceholders: false,
});

export type LegacyRegistration = {
  reg_id: number;
  child_first: string;
  child_last: string;
  dob: string;
  guardian_email: string;
  season_code: string;
  amount_paid: number;
};

export async function findLegacyByEmail(email: string) {
  // ok: sql-injection
  const [rows] = await pool.execute("SELECT reg_id, child_first, child_last, dob, season_code FROM registrations WHERE guardian_email = ?", [email]);
  return rows as LegacyRegistration[];
}

export async function findLegacyBySeason(season: string, sort: string) {
  const column = ["child_last", "dob", "reg_id"].includes(sort) ? sort : "reg_id";
  // ruleid: sql-injection
  const [rows] = await pool.query(`SELECT reg_id, child_first, child_last, dob FROM registrations WHERE season_code = '${season}' ORDER BY ${column}`);
  return rows as LegacyRegistration[];
}

const SEASON_TABLE = "registrations";

export async function countLegacy() {
  // ok: sql-injection
  const [rows] = await pool.execute(`SELECT COUNT(*) AS n FROM ${SEASON_TABLE}`);
  return (rows as { n: number }[])[0]?.n ?? 0;
}
