import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { sqliteTable, text, integer } from "drizzle-orm/sqlite-core";

export const sqlite = new Database(process.env.ANALYTICS_DB ?? "analytics.db");

export const affiliateClicks = sqliteTable("affiliate_clicks", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  code: text("code").notNull(),
  ip: text("ip"),
  ua: text("ua"),
  createdAt: integer("created_at"),
});

export const analytics = drizzle(sqlite);
