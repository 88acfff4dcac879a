import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { sqliteTable, text, integer } from "drizzle-orm/sqlite-core";

// Local cache for AI takeoff results (per-instance, rebuilt on deploy).
export const takeoffCache = sqliteTable("takeoff_cache", {
  id: text("id").primaryKey(),
  tenantId: text("tenant_id").notNull(),
  sheetKey: text("sheet_key").notNull(),
  result: text("result").notNull(),
  tokens: integer("tokens").notNull(),
});

export const sqlite = new Database(process.env.TAKEOFF_CACHE_PATH ?? "/tmp/takeoff.db");
export const cacheDb = drizzle(sqlite, { schema: { takeoffCache } });
