import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { sqliteTable, text, integer } from "drizzle-orm/sqlite-core";

// Local cache of syndication feed entries (rebuilt nightly)
export const sqlite = new Database(process.env.FEED_CACHE_PATH ?? "./feed-cache.db");
sqlite.pragma("journal_mode = WAL");

export const feedEntries = sqliteTable("feed_entries", {
  id: text("id").primaryKey(),
  companySlug: text("company_slug").notNull(),
  title: text("title").notNull(),
  location: text("location"),
  url: text("url").notNull(),
  publishedAt: integer("published_at").notNull(),
  internalNotes: text("internal_notes"),
});

export const feedDb = drizzle(sqlite, { schema: { feedEntries } });
