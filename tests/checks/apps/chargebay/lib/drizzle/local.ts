import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { sqliteTable, text, integer } from "drizzle-orm/sqlite-core";

// On-site kiosk cache (runs on the parking-garage edge box, synced hourly).
export const kioskBays = sqliteTable("kiosk_bays", {
  bay: integer("bay").primaryKey(),
  chargerOcppId: text("charger_ocpp_id").notNull(),
  connector: integer("connector").notNull(),
  occupied: integer("occupied", { mode: "boolean" }).default(false),
});

export const kioskOperators = sqliteTable("kiosk_operators", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  pinHash: text("pin_hash").notNull(),
});

export const sqlite = new Database(process.env.KIOSK_SQLITE_PATH ?? "./kiosk.db");
export const localDb = drizzle(sqlite, { schema: { kioskBays, kioskOperators } });
