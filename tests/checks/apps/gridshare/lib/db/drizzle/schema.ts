import { pgTable, text, timestamp, integer, boolean } from "drizzle-orm/pg-core";

// Installer scheduling (Drizzle), separate schema "field".
export const installers = pgTable("installers", {
  id: text("id").primaryKey(),
  clerkUserId: text("clerk_user_id").notNull(),
  company: text("company").notNull(),
  phone: text("phone"),
  insuranceDocKey: text("insurance_doc_key"),
  bankToken: text("bank_token"),
});

export const siteVisits = pgTable("site_visits", {
  id: text("id").primaryKey(),
  installationId: text("installation_id").notNull(),
  coopId: text("coop_id").notNull(),
  installerId: text("installer_id").notNull(),
  scheduledFor: timestamp("scheduled_for").notNull(),
  status: text("status").notNull().default("booked"),
  report: text("report"),
  accessCode: text("access_code"),
});

export const meters = pgTable("meters", {
  id: text("id").primaryKey(),
  serial: text("serial").notNull(),
  memberId: text("member_id").notNull(),
  coopId: text("coop_id").notNull(),
  provider: text("provider").notNull(),
  providerToken: text("provider_token"),
  active: boolean("active").notNull().default(true),
  lastReadingWh: integer("last_reading_wh"),
});
