import { pgTable, text, uuid, integer, timestamp, jsonb, real, boolean } from "drizzle-orm/pg-core";

// Telemetry store (drizzle), separate database.
export const printers = pgTable("printers", {
  id: uuid("id").primaryKey().defaultRandom(),
  shopId: uuid("shop_id").notNull(),
  name: text("name").notNull(),
  model: text("model").notNull(),
  nozzleMm: real("nozzle_mm").notNull().default(0.4),
  status: text("status").notNull().default("idle"),
  ipAddress: text("ip_address"),
  accessCode: text("access_code"),
  createdAt: timestamp("created_at").defaultNow(),
});

export const devices = pgTable("devices", {
  id: uuid("id").primaryKey().defaultRandom(),
  printerId: uuid("printer_id").notNull(),
  shopId: uuid("shop_id").notNull(),
  signingSecret: text("signing_secret").notNull(),
  enabled: boolean("enabled").notNull().default(true),
  lastSeenAt: timestamp("last_seen_at"),
});

export const telemetry = pgTable("telemetry", {
  id: uuid("id").primaryKey().defaultRandom(),
  deviceId: uuid("device_id").notNull(),
  printerId: uuid("printer_id").notNull(),
  nozzleTemp: real("nozzle_temp"),
  bedTemp: real("bed_temp"),
  progress: integer("progress"),
  payload: jsonb("payload"),
  recordedAt: timestamp("recorded_at").defaultNow(),
});
