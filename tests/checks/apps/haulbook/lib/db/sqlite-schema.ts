import { sqliteTable, text, integer } from "drizzle-orm/sqlite-core";

// local edge cache used by the driver mobile companion
export const deviceSessions = sqliteTable("device_sessions", {
  id: text("id").primaryKey(),
  driverId: text("driver_id").notNull(),
  deviceSecret: text("device_secret").notNull(),
  lastSeen: integer("last_seen"),
});

export const pendingPings = sqliteTable("pending_pings", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  deviceId: text("device_id").notNull(),
  payload: text("payload").notNull(),
});
