import { pgTable, text, integer, timestamp, boolean, jsonb } from "drizzle-orm/pg-core";

export const renters = pgTable("renters", {
  id: text("id").primaryKey(),
  agencyId: text("agency_id").notNull(),
  email: text("email").notNull(),
  phone: text("phone"),
  fullName: text("full_name").notNull(),
  niNumber: text("ni_number"),
  otpHash: text("otp_hash"),
  credits: integer("credits").default(0).notNull(),
  referralCode: text("referral_code").notNull(),
});

export const maintenanceRequests = pgTable("maintenance_requests", {
  id: text("id").primaryKey(),
  agencyId: text("agency_id").notNull(),
  unitId: text("unit_id").notNull(),
  renterId: text("renter_id").notNull(),
  title: text("title").notNull(),
  body: text("body").notNull(),
  status: text("status").default("open").notNull(),
  createdAt: timestamp("created_at").defaultNow().notNull(),
});

export const workOrders = pgTable("work_orders", {
  id: text("id").primaryKey(),
  agencyId: text("agency_id").notNull(),
  requestId: text("request_id").notNull(),
  contractorId: text("contractor_id").notNull(),
  status: text("status").default("assigned").notNull(),
  quotePence: integer("quote_pence"),
  notes: text("notes"),
  accessCode: text("access_code"),
});

export const messageTemplates = pgTable("message_templates", {
  id: text("id").primaryKey(),
  agencyId: text("agency_id").notNull(),
  name: text("name").notNull(),
  channel: text("channel").notNull(),
  body: text("body").notNull(),
  archived: boolean("archived").default(false).notNull(),
});

export const referrals = pgTable("referrals", {
  id: text("id").primaryKey(),
  referrerId: text("referrer_id").notNull(),
  refereeEmail: text("referee_email").notNull(),
  rewarded: boolean("rewarded").default(false).notNull(),
  meta: jsonb("meta"),
});
