import { sqliteTable, text, integer, real } from "drizzle-orm/sqlite-core";

// Offline queue used by the field officer app's edge sync endpoint.
export const syncQueue = sqliteTable("sync_queue", {
  id: text("id").primaryKey(),
  deviceId: text("device_id").notNull(),
  memberId: text("member_id").notNull(),
  kind: text("kind").notNull(),
  payload: text("payload").notNull(),
  deviceSecret: text("device_secret").notNull(),
  weightKg: real("weight_kg"),
  createdAt: integer("created_at", { mode: "timestamp" }).notNull(),
});
