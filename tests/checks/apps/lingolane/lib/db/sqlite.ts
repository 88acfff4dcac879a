import Database from "better-sqlite3";

// Local translation-memory cache, one file per deployment.
export const tmCache = new Database(process.env.TM_CACHE_PATH ?? "/tmp/tm-cache.db");
tmCache.pragma("journal_mode = WAL");
