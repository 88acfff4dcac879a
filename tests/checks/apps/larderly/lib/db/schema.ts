import { pgTable, text, integer, timestamp, boolean } from "drizzle-orm/pg-core";

export const shifts = pgTable("shifts", {
  id: text("id").primaryKey(),
  networkId: text("network_id").notNull(),
  pantryId: text("pantry_id").notNull(),
  title: text("title").notNull(),
  startsAt: timestamp("starts_at").notNull(),
  capacity: integer("capacity").notNull(),
});

export const shiftSignups = pgTable("shift_signups", {
  id: text("id").primaryKey(),
  shiftId: text("shift_id").notNull(),
  userId: text("user_id").notNull(),
  checkedIn: boolean("checked_in").default(false),
});

export const vehicles = pgTable("vehicles", {
  id: text("id").primaryKey(),
  networkId: text("network_id").notNull(),
  plate: text("plate").notNull(),
  refrigerated: boolean("refrigerated").default(false),
  telematicsToken: text("telematics_token"),
});

export const drivers = pgTable("drivers", {
  id: text("id").primaryKey(),
  userId: text("user_id").notNull(),
  networkId: text("network_id").notNull(),
  licenseNumber: text("license_number"),
  backgroundCheck: text("background_check"),
  approved: boolean("approved").default(false),
});
