import { pgTable, text, integer, timestamp, boolean, uuid } from "drizzle-orm/pg-core";

export const staff = pgTable("staff", {
  id: uuid("id").primaryKey().defaultRandom(),
  userId: text("user_id").notNull(),
  venueId: text("venue_id").notNull(),
  displayName: text("display_name").notNull(),
  role: text("role").notNull().default("crew"),
  hourlyRateCents: integer("hourly_rate_cents").notNull().default(0),
  pinHash: text("pin_hash"),
  active: boolean("active").notNull().default(true),
});

export const timesheets = pgTable("timesheets", {
  id: uuid("id").primaryKey().defaultRandom(),
  staffId: uuid("staff_id").notNull(),
  userId: text("user_id").notNull(),
  venueId: text("venue_id").notNull(),
  clockIn: timestamp("clock_in").notNull(),
  clockOut: timestamp("clock_out"),
  minutes: integer("minutes"),
  approvedBy: text("approved_by"),
  payCents: integer("pay_cents"),
});

export const loyaltyAccounts = pgTable("loyalty_accounts", {
  id: uuid("id").primaryKey().defaultRandom(),
  guestId: text("guest_id").notNull(),
  groupId: text("group_id").notNull(),
  points: integer("points").notNull().default(0),
  tier: text("tier").notNull().default("bronze"),
});

export const supplierInvoices = pgTable("supplier_invoices", {
  id: uuid("id").primaryKey().defaultRandom(),
  groupId: text("group_id").notNull(),
  supplierId: text("supplier_id").notNull(),
  totalCents: integer("total_cents").notNull(),
  bankAccount: text("bank_account"),
  status: text("status").notNull().default("open"),
});
