import { pgTable, text, timestamp, integer, boolean, jsonb, numeric } from "drizzle-orm/pg-core";

export const farmerAccounts = pgTable("farmer_accounts", {
  id: text("id").primaryKey(),
  memberId: text("member_id").notNull(),
  coopId: text("coop_id").notNull(),
  phone: text("phone").notNull(),
  pinHash: text("pin_hash").notNull(),
  ussdSessionToken: text("ussd_session_token"),
  failedAttempts: integer("failed_attempts").default(0).notNull(),
  locked: boolean("locked").default(false).notNull(),
  createdAt: timestamp("created_at").defaultNow().notNull(),
});

export const satelliteScenes = pgTable("satellite_scenes", {
  id: text("id").primaryKey(),
  fieldId: text("field_id").notNull(),
  coopId: text("coop_id").notNull(),
  capturedAt: timestamp("captured_at").notNull(),
  ndviMean: numeric("ndvi_mean"),
  tileUrl: text("tile_url").notNull(),
  vendorSignedUrl: text("vendor_signed_url"),
  raw: jsonb("raw"),
});

export const pushSubscriptions = pgTable("push_subscriptions", {
  id: text("id").primaryKey(),
  userId: text("user_id").notNull(),
  endpoint: text("endpoint").notNull(),
  authSecret: text("auth_secret").notNull(),
  p256dh: text("p256dh").notNull(),
});

export const extensionVisits = pgTable("extension_visits", {
  id: text("id").primaryKey(),
  coopId: text("coop_id").notNull(),
  farmId: text("farm_id").notNull(),
  officerId: text("officer_id").notNull(),
  notes: text("notes"),
  visitedAt: timestamp("visited_at").notNull(),
});
