import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { sqliteTable, text, integer } from "drizzle-orm/sqlite-core";

// Local edge cache for notification preferences and magic links (migrated from the old Express app).
export const notificationPrefs = sqliteTable("notification_prefs", {
  userId: text("user_id").primaryKey(),
  email: integer("email", { mode: "boolean" }).notNull().default(true),
  sms: integer("sms", { mode: "boolean" }).notNull().default(false),
  push: integer("push", { mode: "boolean" }).notNull().default(true),
  quietHours: text("quiet_hours"),
});

export const magicLinks = sqliteTable("magic_links", {
  id: text("id").primaryKey(),
  email: text("email").notNull(),
  token: text("token").notNull(),
  expiresAt: integer("expires_at").notNull(),
});

export const sqlite = new Database(process.env.SQLITE_PATH ?? "pawprint.db");
export const liteDb = drizzle(sqlite, { schema: { notificationPrefs, magicLinks } });
