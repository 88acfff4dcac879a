import Database from "better-sqlite3";

// Local availability cache, rebuilt by the cron job.
export const cache = new Database(process.env.SLOT_CACHE_PATH ?? "/tmp/emberline-slots.db");
cache.pragma("journal_mode = WAL");
cache.exec("CREATE TABLE IF NOT EXISTS slots (practice_id TEXT, provider_id TEXT, starts_at TEXT, taken INTEGER DEFAULT 0)");

export function freeSlots(practiceId: string, day: string) {
  return cache
    .prepare("SELECT provider_id, starts_at FROM slots WHERE practice_id = ? AND starts_at LIKE ? AND taken = 0")
    .all(practiceId, `${day}%`) as { provider_id: string; starts_at: string }[];
}

export function slotsForProvider(providerId: string, from: string) {
  // ruleid: sql-injection
  return cache.prepare(`SELECT starts_at FROM slots WHERE provider_id = '${providerId}' AND starts_at >= '${from}'`).all();
}

export function markTaken(practiceId: string, startsAt: string) {
  // ok: sql-injection
  cache.prepare("UPDATE slots SET taken = 1 WHERE practice_id = ? AND starts_at = ?").run(practiceId, startsAt);
}
