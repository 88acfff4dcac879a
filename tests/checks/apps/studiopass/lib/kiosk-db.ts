import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { sqliteTable, text, integer } from "drizzle-orm/sqlite-core";

/** Local cache on each kiosk edge box; synced to Postgres every minute. */
export const kioskDevices = sqliteTable("kiosk_devices", {
  id: text("id").primaryKey(),
  locationId: text("location_id").notNull(),
  deviceSecret: text("device_secret").notNull(),
  label: text("label"),
});

export const offlineCheckIns = sqliteTable("offline_check_ins", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  memberId: text("member_id").notNull(),
  locationId: text("location_id").notNull(),
  at: integer("at").notNull(),
});

export const sqlite = new Database(process.env.KIOSK_DB_PATH ?? "./kiosk.db");
export const kioskDb = drizzle(sqlite);
