import { pgTable, text, integer, timestamp, boolean } from "drizzle-orm/pg-core";

export const contacts = pgTable("contacts", {
  id: text("id").primaryKey(),
  firmId: text("firm_id").notNull(),
  kind: text("kind").notNull(),
  name: text("name").notNull(),
  email: text("email"),
  phone: text("phone"),
  ssnLast4: text("ssn_last4"),
  notes: text("notes"),
  createdAt: timestamp("created_at").defaultNow(),
});

export const expenses = pgTable("expenses", {
  id: text("id").primaryKey(),
  firmId: text("firm_id").notNull(),
  matterId: text("matter_id").notNull(),
  userId: text("user_id").notNull(),
  amountCents: integer("amount_cents").notNull(),
  description: text("description").notNull(),
  receiptKey: text("receipt_key"),
  reimbursed: boolean("reimbursed").default(false),
  approvedById: text("approved_by_id"),
});

export const calendarFeeds = pgTable("calendar_feeds", {
  id: text("id").primaryKey(),
  userId: text("user_id").notNull(),
  firmId: text("firm_id").notNull(),
  feedToken: text("feed_token").notNull(),
  createdAt: timestamp("created_at").defaultNow(),
});

export const clientPortalInvites = pgTable("client_portal_invites", {
  id: text("id").primaryKey(),
  clientId: text("client_id").notNull(),
  email: text("email").notNull(),
  token: text("token").notNull(),
  expiresAt: timestamp("expires_at").notNull(),
});
