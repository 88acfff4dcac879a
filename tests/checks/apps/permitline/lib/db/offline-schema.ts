import { sqliteTable, text, integer } from "drizzle-orm/sqlite-core";

// Local queue used by the field-inspection sync worker (one file per inspector device).
export const syncQueue = sqliteTable("sync_queue", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  deviceId: text("device_id").notNull(),
  inspectorId: text("inspector_id").notNull(),
  inspectionId: text("inspection_id").notNull(),
  payload: text("payload").notNull(),
  deviceSecret: text("device_secret").notNull(),
  appliedAt: integer("applied_at"),
});
