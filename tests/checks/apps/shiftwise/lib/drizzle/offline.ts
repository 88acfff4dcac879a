import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { sqliteTable, text, integer } from "drizzle-orm/sqlite-core";

// Kiosk tablets buffer punches offline; the sync worker replays them.
export const offlinePunches = sqliteTable("offline_punches", {
  id: text("id").primaryKey(),
  kioskId: text("kiosk_id").notNull(),
  employeeId: text("employee_id").notNull(),
  kind: text("kind").notNull(),
  at: integer("at").notNull(),
  syncToken: text("sync_token").notNull(),
});

export const sqlite = new Database(process.env.OFFLINE_DB ?? "offline.db");
export const offlineDb = drizzle(sqlite);
