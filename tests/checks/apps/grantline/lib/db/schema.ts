import { pgTable, text, integer, boolean, timestamp, jsonb } from "drizzle-orm/pg-core";

export const donors = pgTable("donors", {
  id: text("id").primaryKey(),
  userId: text("user_id"),
  email: text("email").notNull(),
  name: text("name"),
  anonymous: boolean("anonymous").default(false).notNull(),
  taxId: text("tax_id"),
  stripeCustomerId: text("stripe_customer_id"),
});

export const gifts = pgTable("gifts", {
  id: text("id").primaryKey(),
  donorId: text("donor_id").notNull(),
  foundationId: text("foundation_id").notNull(),
  amountCents: integer("amount_cents").notNull(),
  designation: text("designation"),
  matched: boolean("matched").default(false).notNull(),
  createdAt: timestamp("created_at").defaultNow().notNull(),
});

export const milestones = pgTable("milestones", {
  id: text("id").primaryKey(),
  awardId: text("award_id").notNull(),
  orgId: text("org_id").notNull(),
  title: text("title").notNull(),
  dueOn: timestamp("due_on"),
  done: boolean("done").default(false).notNull(),
  evidence: jsonb("evidence"),
});

export const pushSubscriptions = pgTable("push_subscriptions", {
  id: text("id").primaryKey(),
  userId: text("user_id").notNull(),
  endpoint: text("endpoint").notNull(),
  p256dh: text("p256dh").notNull(),
  authSecret: text("auth_secret").notNull(),
});

export const matchingEmployers = pgTable("matching_employers", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  ratio: integer("ratio").notNull(),
  apiToken: text("api_token"),
});
