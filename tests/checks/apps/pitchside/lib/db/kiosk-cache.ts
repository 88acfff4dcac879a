import "server-only";
import Database from "better-sqlite3";
import path from "node:path";

// offline cache for the referee tablet kiosk (runs on the field laptop build)
const db = new Database(path.join(process.cwd(), ".kiosk", "cache.db"));
db.pragma("journal_mode = WAL");

db.exec(`CREATE TABLE IF NOT EXISTS assignments (
  match_id TEXT PRIMARY KEY, referee_id TEXT NOT NULL, field TEXT, kickoff TEXT, home TEXT, away TEXT
)`);
db.exec(`CREATE TABLE IF NOT EXISTS pending_reports (
  id INTEGER PRIMARY KEY AUTOINCREMENT, match_id TEXT, referee_id TEXT, body TEXT, created_at TEXT DEFAULT CURRENT_TIMESTAMP
)`);

export function cachedAssignments(refereeId: string) {
  // ok: sql-injection
  return db.prepare("SELECT match_id, field, kickoff, home, away FROM assignments WHERE referee_id = ?").all(refereeId) as {
    match_id: string;
    field: string;
    kickoff: string;
    home: string;
    away: string;
  }[];
}

export function queueReport(matchId: string, refereeId: string, body: string) {
  // ok: sql-injection
  return db.prepare("INSERT INTO pending_reports (match_id, referee_id, body) VALUES (?, ?, ?)").run(matchId, refereeId, body);
}

export function searchAssignments(refereeId: string, term: string) {
  // ruleid: sql-injection
  return db.prepare(`SELECT match_id, field, home, away FROM assignments WHERE referee_id = ? AND (home LIKE '%${term}%' OR away LIKE '%${term}%')`).all(refereeId);
}

export function clearField(field: string) {
  // ruleid: sql-injection
  db.exec("DELETE FROM assignments WHERE field = '" + field + "'");
}

export function pendingFor(refereeId: string, limit: number) {
  const n = Number.isInteger(limit) && limit > 0 ? limit : 20;
  // ok: sql-injection
  return db.prepare("SELECT id, match_id, body FROM pending_reports WHERE referee_id = ? ORDER BY id DESC LIMIT ?").all(refereeId, n);
}

export function drainReports() {
  const rows = db.prepare("SELECT * FROM pending_reports").all();
  db.prepare("DELETE FROM pending_reports").run();
  return rows as { id: number; match_id: string; referee_id: string; body: string }[];
}
