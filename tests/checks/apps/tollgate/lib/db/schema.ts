import { pgTable, text, integer, numeric, timestamp, boolean, jsonb, uuid, pgEnum } from "drizzle-orm/pg-core";

export const declarationStatus = pgEnum("declaration_status", ["draft", "submitted", "cleared", "held", "closed"]);

// One row per Clerk organisation (the importer / tenant).
export const importers = pgTable("importers", {
  id: text("id").primaryKey(), // Clerk orgId
  name: text("name").notNull(),
  eori: text("eori").notNull(),
  stripeCustomerId: text("stripe_customer_id"),
  webhookSecret: text("webhook_secret"),
  plan: text("plan").notNull().default("starter"),
  creditLimit: integer("credit_limit").notNull().default(0),
  suspended: boolean("suspended").notNull().default(false),
  createdAt: timestamp("created_at").defaultNow().notNull(),
});

export const brokerProfiles = pgTable("broker_profiles", {
  userId: text("user_id").primaryKey(),
  importerId: text("importer_id").notNull(),
  licenseNumber: text("license_number").notNull(),
  phone: text("phone"),
  ssnLast4: text("ssn_last4"),
  isOps: boolean("is_ops").notNull().default(false),
});

export const declarations = pgTable("declarations", {
  id: uuid("id").primaryKey().defaultRandom(),
  importerId: text("importer_id").notNull(),
  createdBy: text("created_by").notNull(),
  reference: text("reference").notNull(),
  originCountry: text("origin_country").notNull(),
  incoterm: text("incoterm"),
  status: declarationStatus("status").notNull().default("draft"),
  dutyTotal: numeric("duty_total").notNull().default("0"),
  internalNotes: text("internal_notes"),
  carrierRef: text("carrier_ref"),
  updatedAt: timestamp("updated_at").defaultNow().notNull(),
  createdAt: timestamp("created_at").defaultNow().notNull(),
});

export const lineItems = pgTable("line_items", {
  id: uuid("id").primaryKey().defaultRandom(),
  declarationId: uuid("declaration_id").notNull(),
  importerId: text("importer_id").notNull(),
  description: text("description").notNull(),
  hsCode: text("hs_code"),
  quantity: integer("quantity").notNull(),
  unitValue: numeric("unit_value").notNull(),
  dutyRate: numeric("duty_rate"),
  aiSuggested: boolean("ai_suggested").notNull().default(false),
});

export const documents = pgTable("documents", {
  id: uuid("id").primaryKey().defaultRandom(),
  importerId: text("importer_id").notNull(),
  declarationId: uuid("declaration_id"),
  s3Key: text("s3_key").notNull(),
  fileName: text("file_name").notNull(),
  uploadedBy: text("uploaded_by").notNull(),
  createdAt: timestamp("created_at").defaultNow().notNull(),
});

export const payments = pgTable("payments", {
  id: uuid("id").primaryKey().defaultRandom(),
  importerId: text("importer_id").notNull(),
  declarationId: uuid("declaration_id").notNull(),
  stripePaymentIntentId: text("stripe_payment_intent_id"),
  amount: integer("amount").notNull(),
  status: text("status").notNull().default("pending"),
  paidAt: timestamp("paid_at"),
});

export const apiKeys = pgTable("api_keys", {
  id: uuid("id").primaryKey().defaultRandom(),
  importerId: text("importer_id").notNull(),
  name: text("name").notNull(),
  prefix: text("prefix").notNull(),
  keyHash: text("key_hash").notNull(),
  scopes: jsonb("scopes").$type<string[]>().notNull(),
  revokedAt: timestamp("revoked_at"),
  lastUsedAt: timestamp("last_used_at"),
  createdAt: timestamp("created_at").defaultNow().notNull(),
});

export const shareLinks = pgTable("share_links", {
  id: uuid("id").primaryKey().defaultRandom(),
  declarationId: uuid("declaration_id").notNull(),
  importerId: text("importer_id").notNull(),
  token: text("token").notNull(),
  passcodeHash: text("passcode_hash").notNull(),
  expiresAt: timestamp("expires_at").notNull(),
});

export const trackingEvents = pgTable("tracking_events", {
  id: uuid("id").primaryKey().defaultRandom(),
  carrierRef: text("carrier_ref").notNull(),
  status: text("status").notNull(),
  payload: jsonb("payload"),
  receivedAt: timestamp("received_at").defaultNow().notNull(),
});

export const tariffs = pgTable("tariffs", {
  hsCode: text("hs_code").primaryKey(),
  description: text("description").notNull(),
  dutyRate: numeric("duty_rate").notNull(),
  chapter: integer("chapter").notNull(),
});

export const contactMessages = pgTable("contact_messages", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  email: text("email").notNull(),
  company: text("company"),
  message: text("message").notNull(),
  createdAt: timestamp("created_at").defaultNow().notNull(),
});

export const auditEvents = pgTable("audit_events", {
  id: uuid("id").primaryKey().defaultRandom(),
  importerId: text("importer_id"),
  actorId: text("actor_id"),
  action: text("action").notNull(),
  target: text("target"),
  meta: jsonb("meta"),
  at: timestamp("at").defaultNow().notNull(),
});

export const notificationPrefs = pgTable("notification_prefs", {
  userId: text("user_id").primaryKey(),
  importerId: text("importer_id").notNull(),
  emailOnHold: boolean("email_on_hold").notNull().default(true),
  emailOnClear: boolean("email_on_clear").notNull().default(false),
  digest: text("digest").notNull().default("daily"),
});
