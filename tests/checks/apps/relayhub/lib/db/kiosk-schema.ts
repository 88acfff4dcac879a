import { sqliteTable, text, integer } from "drizzle-orm/sqlite-core";

// Offline event check-in kiosk (better-sqlite3 on the venue laptop, synced later)
export const kioskCheckins = sqliteTable("kiosk_checkins", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  eventId: text("event_id").notNull(),
  ticketCode: text("ticket_code").notNull(),
  guestName: text("guest_name"),
  tableNo: integer("table_no"),
  checkedInAt: integer("checked_in_at"),
});

export const kioskDevices = sqliteTable("kiosk_devices", {
  id: text("id").primaryKey(),
  eventId: text("event_id").notNull(),
  deviceSecret: text("device_secret").notNull(),
});
