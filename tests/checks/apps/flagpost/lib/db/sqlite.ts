import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { sqliteTable, text, integer } from "drizzle-orm/sqlite-core";

export const localDb = new Database(process.env.EXPORT_CACHE_PATH ?? "./.data/exports.db");
localDb.pragma("journal_mode = WAL");

export const exportJobs = sqliteTable("export_jobs", {
  id: text("id").primaryKey(),
  orgId: text("org_id").notNull(),
  experimentId: text("experiment_id").notNull(),
  status: text("status").notNull(),
  rows: integer("rows").default(0),
});

export const cacheDb = drizzle(localDb, { schema: { exportJobs } });
