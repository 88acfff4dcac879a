import { pgTable, text, integer, boolean, timestamp, uuid, numeric } from "drizzle-orm/pg-core";

export const fleets = pgTable("fleets", {
  id: uuid("id").primaryKey().defaultRandom(),
  tenantId: text("tenant_id").notNull(),
  companyName: text("company_name").notNull(),
  billingEmail: text("billing_email").notNull(),
  vatNumber: text("vat_number"),
  monthlyCapCents: integer("monthly_cap_cents"),
  ssoDomain: text("sso_domain"),
  scimTokenHash: text("scim_token_hash"),
  createdAt: timestamp("created_at").defaultNow().notNull(),
});

export const fleetAdmins = pgTable("fleet_admins", {
  id: uuid("id").primaryKey().defaultRandom(),
  fleetId: uuid("fleet_id").notNull(),
  userId: text("user_id").notNull(),
});

export const fleetDrivers = pgTable("fleet_drivers", {
  id: uuid("id").primaryKey().defaultRandom(),
  fleetId: uuid("fleet_id").notNull(),
  userId: text("user_id"),
  fullName: text("full_name").notNull(),
  email: text("email").notNull(),
  phone: text("phone"),
  costCentreId: uuid("cost_centre_id"),
  spendingLimitCents: integer("spending_limit_cents").default(20000),
  appToken: text("app_token"),
  active: boolean("active").default(true).notNull(),
});

export const rfidCards = pgTable("rfid_cards", {
  id: uuid("id").primaryKey().defaultRandom(),
  fleetId: uuid("fleet_id").notNull(),
  driverId: uuid("driver_id"),
  uid: text("uid").notNull().unique(),
  label: text("label"),
  pinHash: text("pin_hash"),
  blocked: boolean("blocked").default(false).notNull(),
  tenantId: text("tenant_id").notNull(),
});

export const costCentres = pgTable("cost_centres", {
  id: uuid("id").primaryKey().defaultRandom(),
  fleetId: uuid("fleet_id").notNull(),
  code: text("code").notNull(),
  name: text("name").notNull(),
  budgetCents: numeric("budget_cents"),
});
