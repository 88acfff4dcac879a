import { pgTable, text, timestamp, doublePrecision, integer, boolean } from "drizzle-orm/pg-core";

export const timeEntries = pgTable("time_entries", {
  id: text("id").primaryKey(),
  employerId: text("employer_id").notNull(),
  employeeId: text("employee_id").notNull(),
  locationId: text("location_id").notNull(),
  clockIn: timestamp("clock_in").notNull(),
  clockOut: timestamp("clock_out"),
  lat: doublePrecision("lat"),
  lng: doublePrecision("lng"),
  source: text("source").notNull().default("mobile"),
  approved: boolean("approved").notNull().default(false),
  editedBy: text("edited_by"),
});

export const breaks = pgTable("breaks", {
  id: text("id").primaryKey(),
  timeEntryId: text("time_entry_id").notNull(),
  startedAt: timestamp("started_at").notNull(),
  endedAt: timestamp("ended_at"),
  paid: boolean("paid").notNull().default(false),
});

export const kioskEmployees = pgTable("kiosk_employees", {
  id: text("id").primaryKey(),
  employerId: text("employer_id").notNull(),
  locationId: text("location_id").notNull(),
  displayName: text("display_name").notNull(),
  pinHash: text("pin_hash").notNull(),
  failedAttempts: integer("failed_attempts").notNull().default(0),
});

export const availability = pgTable("availability", {
  id: text("id").primaryKey(),
  employeeId: text("employee_id").notNull(),
  weekday: integer("weekday").notNull(),
  startMinute: integer("start_minute").notNull(),
  endMinute: integer("end_minute").notNull(),
});
