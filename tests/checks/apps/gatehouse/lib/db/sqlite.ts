import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

// Offline cache pushed to door devices before doors open.
export const sqlite = new Database(process.env.SCANNER_CACHE_PATH ?? "./data/scanner-cache.db");
sqlite.pragma("journal_mode = WAL");

export const offlineTickets = sqliteTable("offline_tickets", {
  id: text("id").primaryKey(),
  eventId: text("event_id").notNull(),
  qrSecret: text("qr_secret").notNull(),
  attendeeName: text("attendee_name"),
  ticketType: text("ticket_type"),
  checkedInAt: integer("checked_in_at", { mode: "timestamp" }),
  updatedAt: integer("updated_at").notNull(),
});

export const cacheDb = drizzle(sqlite, { schema: { offlineTickets } });
