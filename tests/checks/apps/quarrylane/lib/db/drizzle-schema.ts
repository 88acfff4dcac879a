import { pgTable, text, integer, timestamp, boolean, real } from "drizzle-orm/pg-core";

export const telematicsReadings = pgTable("telematics_readings", {
  id: text("id").primaryKey(),
  machineId: text("machine_id").notNull(),
  engineHours: real("engine_hours").notNull(),
  fuelPct: integer("fuel_pct"),
  recordedAt: timestamp("recorded_at").notNull(),
});

export const quotes = pgTable("quotes", {
  id: text("id").primaryKey(),
  email: text("email").notNull(),
  company: text("company"),
  category: text("category").notNull(),
  startDate: timestamp("start_date"),
  days: integer("days").notNull(),
  message: text("message"),
  handled: boolean("handled").default(false),
});

export const depotStaffInvites = pgTable("depot_staff_invites", {
  id: text("id").primaryKey(),
  depotId: text("depot_id").notNull(),
  companyId: text("company_id").notNull(),
  phone: text("phone").notNull(),
  tokenHash: text("token_hash").notNull(),
  role: text("role").notNull(),
  acceptedAt: timestamp("accepted_at"),
});

export const savedSearches = pgTable("saved_searches", {
  id: text("id").primaryKey(),
  userId: text("user_id").notNull(),
  label: text("label").notNull(),
  category: text("category"),
  radiusKm: integer("radius_km"),
});
