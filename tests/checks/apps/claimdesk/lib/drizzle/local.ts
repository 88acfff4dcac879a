import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { sqliteTable, text, integer } from "drizzle-orm/sqlite-core";

export const sqlite = new Database(process.env.LOCAL_CACHE_PATH ?? "cache.db");

export const importJobs = sqliteTable("import_jobs", {
  id: text("id").primaryKey(),
  tenantId: text("tenant_id").notNull(),
  kind: text("kind").notNull(),
  status: text("status").notNull(),
  rowCount: integer("row_count").default(0),
  uploadedBy: text("uploaded_by").notNull(),
});

export const localDb = drizzle(sqlite);
