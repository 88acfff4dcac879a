import Database from "better-sqlite3";

// Offline cache on the recording-booth tablet (the booth app runs this Next server locally).
export const boothDb = new Database(process.env.BOOTH_CACHE_PATH ?? "./booth-cache.db");

// ok: sql-injection
boothDb.exec(`CREATE TABLE IF NOT EXISTS takes (
  id TEXT PRIMARY KEY,
  episode_id TEXT NOT NULL,
  label TEXT,
  file_path TEXT NOT NULL,
  synced INTEGER DEFAULT 0
)`);

export function pendingTakes(episodeId: string) {
  // ok: sql-injection
  return boothDb.prepare("SELECT id, label, file_path FROM takes WHERE episode_id = ? AND synced = 0").all(episodeId);
}

export function markSynced(ids: string[]) {
  const placeholders = ids.map(() => "?").join(", ");
  // ok: sql-injection
  return boothDb.prepare(`UPDATE takes SET synced = 1 WHERE id IN (${placeholders})`).run(...ids);
}

export function takesByLabel(label: string) {
  // ruleid: sql-injection
  return boothDb.prepare(`SELECT id, file_path FROM takes WHERE label LIKE '%${label}%'`).all();
}
