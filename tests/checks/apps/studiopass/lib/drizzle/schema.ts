import { pgTable, text, timestamp, integer, boolean, uuid, jsonb, numeric } from "drizzle-orm/pg-core";

export const checkIns = pgTable("check_ins", {
  id: uuid("id").primaryKey().defaultRandom(),
  studioId: text("studio_id").notNull(),
  locationId: text("location_id").notNull(),
  memberId: text("member_id").notNull(),
  classId: text("class_id"),
  method: text("method").notNull(),
  staffUserId: text("staff_user_id"),
  createdAt: timestamp("created_at").defaultNow().notNull(),
});

export const doorEvents = pgTable("door_events", {
  id: uuid("id").primaryKey().defaultRandom(),
  locationId: text("location_id").notNull(),
  wristbandUid: text("wristband_uid"),
  granted: boolean("granted").notNull(),
  raw: jsonb("raw"),
  createdAt: timestamp("created_at").defaultNow().notNull(),
});

export const wearableLinks = pgTable("wearable_links", {
  id: uuid("id").primaryKey().defaultRandom(),
  userId: text("user_id").notNull(),
  vendor: text("vendor").notNull(),
  vendorUserId: text("vendor_user_id").notNull(),
  accessToken: text("access_token").notNull(),
  refreshToken: text("refresh_token").notNull(),
});

export const wearableMetrics = pgTable("wearable_metrics", {
  id: uuid("id").primaryKey().defaultRandom(),
  userId: text("user_id").notNull(),
  day: text("day").notNull(),
  steps: integer("steps"),
  restingHr: integer("resting_hr"),
  sleepMinutes: integer("sleep_minutes"),
});

export const franchises = pgTable("franchises", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  ownerUserId: text("owner_user_id").notNull(),
  royaltyRate: numeric("royalty_rate").notNull(),
  territory: text("territory"),
  status: text("status").default("active").notNull(),
  bankAccountToken: text("bank_account_token"),
});

export const franchiseLocations = pgTable("franchise_locations", {
  id: uuid("id").primaryKey().defaultRandom(),
  franchiseId: uuid("franchise_id").notNull(),
  name: text("name").notNull(),
  address: text("address").notNull(),
  leaseCostCents: integer("lease_cost_cents"),
  doorControllerSecret: text("door_controller_secret"),
});

export const franchiseReports = pgTable("franchise_reports", {
  id: uuid("id").primaryKey().defaultRandom(),
  franchiseId: uuid("franchise_id").notNull(),
  month: text("month").notNull(),
  grossCents: integer("gross_cents").notNull(),
  submittedBy: text("submitted_by").notNull(),
});
