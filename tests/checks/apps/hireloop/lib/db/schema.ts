import { pgTable, text, timestamp, integer, boolean, jsonb } from "drizzle-orm/pg-core";

export const candidates = pgTable("Candidate", {
  id: text("id").primaryKey(),
  companyId: text("companyId").notNull(),
  email: text("email").notNull(),
  name: text("name").notNull(),
  phone: text("phone"),
  resumeKey: text("resumeKey"),
  resumeText: text("resumeText"),
  portalTokenHash: text("portalTokenHash"),
  notes: text("notes"),
  source: text("source"),
});

export const emailTemplates = pgTable("EmailTemplate", {
  id: text("id").primaryKey(),
  companyId: text("companyId").notNull(),
  name: text("name").notNull(),
  subject: text("subject").notNull(),
  body: text("body").notNull(),
});

export const webhookEndpoints = pgTable("WebhookEndpoint", {
  id: text("id").primaryKey(),
  companyId: text("companyId").notNull(),
  url: text("url").notNull(),
  secret: text("secret").notNull(),
  events: jsonb("events").$type<string[]>().notNull(),
  active: boolean("active").default(true),
});

export const referralCodes = pgTable("ReferralCode", {
  id: text("id").primaryKey(),
  companyId: text("companyId").notNull(),
  code: text("code").notNull(),
  ownerId: text("ownerId").notNull(),
  credits: integer("credits").default(0).notNull(),
  uses: integer("uses").default(0).notNull(),
  createdAt: timestamp("createdAt").defaultNow(),
});
