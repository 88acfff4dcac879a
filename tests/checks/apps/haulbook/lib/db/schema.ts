import { pgTable, text, integer, boolean, timestamp, doublePrecision } from "drizzle-orm/pg-core";

export const carriers = pgTable("carriers", {
  id: text("id").primaryKey(),
  tenantId: text("tenant_id").notNull(),
  legalName: text("legal_name").notNull(),
  mcNumber: text("mc_number").notNull(),
  dotNumber: text("dot_number").notNull(),
  safetyScore: integer("safety_score"),
  vetted: boolean("vetted").default(false),
  taxId: text("tax_id"),
  bankAccount: text("bank_account"),
  plaidAccessToken: text("plaid_access_token"),
});

export const drivers = pgTable("drivers", {
  id: text("id").primaryKey(),
  carrierId: text("carrier_id").notNull(),
  name: text("name").notNull(),
  phone: text("phone").notNull(),
  cdlNumber: text("cdl_number").notNull(),
  appPinHash: text("app_pin_hash"),
  deviceToken: text("device_token"),
});

export const checkCalls = pgTable("check_calls", {
  id: text("id").primaryKey(),
  loadId: text("load_id").notNull(),
  driverId: text("driver_id").notNull(),
  lat: doublePrecision("lat"),
  lng: doublePrecision("lng"),
  note: text("note"),
  createdAt: timestamp("created_at").defaultNow(),
});

export const messages = pgTable("messages", {
  id: text("id").primaryKey(),
  tenantId: text("tenant_id").notNull(),
  loadId: text("load_id").notNull(),
  fromUserId: text("from_user_id").notNull(),
  body: text("body").notNull(),
  createdAt: timestamp("created_at").defaultNow(),
});
