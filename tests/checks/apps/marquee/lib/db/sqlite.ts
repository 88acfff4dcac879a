import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { sqliteTable, text, integer } from "drizzle-orm/sqlite-core";

// Offline scan cache used by the door-scanner edge box.
export const scanCache = sqliteTable("scan_cache", {
  ticketId: text("ticket_id").primaryKey(),
  eventId: text("event_id").notNull(),
  qrSecret: text("qr_secret").notNull(),
  scannedAt: integer("scanned_at"),
});

export const sqlite = new Database(process.env.SCAN_CACHE_PATH ?? "./scan-cache.db");

export const localDb = drizzle(sqlite);
