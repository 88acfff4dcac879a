import "server-only";
import Database from "better-sqlite3";

// Kiln controllers push readings to a local sqlite cache on the studio edge box.
export const telemetry = new Database(process.env.TELEMETRY_DB ?? "./telemetry.db");

telemetry.exec(`CREATE TABLE IF NOT EXISTS readings (kiln_id TEXT, ts INTEGER, temp_c REAL, segment INTEGER)`);

const TABLE = "readings";

export function latestReadings(kilnId: string, limit: number) {
  // ok: sql-injection
  return telemetry.prepare(`SELECT ts, temp_c, segment FROM ${TABLE} WHERE kiln_id = ? ORDER BY ts DESC LIMIT ?`).all(kilnId, limit);
}

export function readingsInRange(kilnId: string, fromTs: string, toTs: string) {
  // ruleid: sql-injection
  return telemetry.prepare(`SELECT ts, temp_c FROM readings WHERE kiln_id = '${kilnId}' AND ts BETWEEN ${fromTs} AND ${toTs}`).all();
}

export function insertReading(kilnId: string, ts: number, tempC: number, segment: number) {
  // ok: sql-injection
  telemetry.prepare("INSERT INTO readings (kiln_id, ts, temp_c, segment) VALUES (?, ?, ?, ?)").run(kilnId, ts, tempC, segment);
}
