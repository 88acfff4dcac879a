import Database from "better-sqlite3";

// Local read cache for the public gallery and the workshop catalogue (rebuilt nightly).
export const cache = new Database(process.env.GALLERY_CACHE_PATH ?? "./data/gallery-cache.db", {
  readonly: false,
});
cache.pragma("journal_mode = WAL");
