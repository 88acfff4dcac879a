import { relations } from "drizzle-orm";
import { boolean, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const users = pgTable("users", {
  id: text("id").primaryKey(),
  email: text("email").notNull().unique(),
  name: text("name"),
  image: text("image"),
  emailVerified: boolean("email_verified").notNull().default(false),
  passwordHash: text("password_hash"),
  twoFactorSecret: text("two_factor_secret"),
  role: text("role").notNull().default("member"),
  bannedAt: timestamp("banned_at"),
  createdAt: timestamp("created_at").notNull().defaultNow(),
});

export const teams = pgTable("teams", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  plan: text("plan").notNull().default("free"),
  ownerId: text("owner_id").notNull(),
  stripeCustomerId: text("stripe_customer_id"),
});

export const teamMembers = pgTable("team_members", {
  id: uuid("id").primaryKey().defaultRandom(),
  teamId: uuid("team_id").notNull(),
  userId: text("user_id").notNull(),
  role: text("role").notNull().default("member"),
});

export const invitations = pgTable("invitations", {
  id: uuid("id").primaryKey().defaultRandom(),
  teamId: uuid("team_id").notNull(),
  email: text("email").notNull(),
  role: text("role").notNull(),
  invitedBy: text("invited_by").notNull(),
});

export const customers = pgTable("customers", {
  id: uuid("id").primaryKey().defaultRandom(),
  teamId: uuid("team_id").notNull(),
  name: text("name").notNull(),
  email: text("email"),
  taxId: text("tax_id"),
  archived: boolean("archived").notNull().default(false),
});

export const invoices = pgTable("invoices", {
  id: uuid("id").primaryKey().defaultRandom(),
  teamId: uuid("team_id").notNull(),
  customerId: uuid("customer_id").notNull(),
  number: text("number").notNull(),
  amountCents: integer("amount_cents").notNull(),
  status: text("status").notNull().default("draft"),
  notes: text("notes"),
  createdBy: text("created_by").notNull(),
  createdAt: timestamp("created_at").notNull().defaultNow(),
});

export const invoiceNotes = pgTable("invoice_notes", {
  id: uuid("id").primaryKey().defaultRandom(),
  invoiceId: uuid("invoice_id").notNull(),
  body: text("body").notNull(),
});

export const comments = pgTable("comments", {
  id: uuid("id").primaryKey().defaultRandom(),
  invoiceId: uuid("invoice_id").notNull(),
  authorId: text("author_id").notNull(),
  body: text("body").notNull(),
});

export const apiKeys = pgTable("api_keys", {
  id: uuid("id").primaryKey().defaultRandom(),
  teamId: uuid("team_id").notNull(),
  name: text("name").notNull(),
  keyHash: text("key_hash").notNull(),
  createdBy: text("created_by").notNull(),
});

export const shareLinks = pgTable("share_links", {
  slug: text("slug").primaryKey(),
  invoiceId: uuid("invoice_id").notNull(),
  password: text("password"),
});

export const verificationCodes = pgTable("verification_codes", {
  email: text("email").primaryKey(),
  otp: text("otp").notNull(),
  expiresAt: timestamp("expires_at").notNull(),
});

export const payouts = pgTable("payouts", {
  id: uuid("id").primaryKey().defaultRandom(),
  partnerId: text("partner_id").notNull(),
  amountCents: integer("amount_cents").notNull(),
  paidAt: timestamp("paid_at"),
});

export const subscribers = pgTable("subscribers", {
  email: text("email").primaryKey(),
});

export const plans = pgTable("plans", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  priceCents: integer("price_cents").notNull(),
  stripePriceId: text("stripe_price_id").notNull(),
});

export const activityLogs = pgTable("activity_logs", {
  id: uuid("id").primaryKey().defaultRandom(),
  userId: text("user_id").notNull(),
  action: text("action").notNull(),
  ipAddress: text("ip_address"),
  createdAt: timestamp("created_at").notNull().defaultNow(),
});

export const auditEvents = pgTable("audit_events", {
  id: uuid("id").primaryKey().defaultRandom(),
  actorId: text("actor_id"),
  action: text("action").notNull(),
  target: text("target"),
  createdAt: timestamp("created_at").notNull().defaultNow(),
});

export const shareLinksRelations = relations(shareLinks, ({ one }) => ({
  invoice: one(invoices, { fields: [shareLinks.invoiceId], references: [invoices.id] }),
}));

export type Team = typeof teams.$inferSelect;
