import { pgTable, text, integer, timestamp, boolean, uuid, pgEnum, jsonb } from "drizzle-orm/pg-core";

export const memberRole = pgEnum("member_role", ["member", "host", "staff", "trustee"]);

export const members = pgTable("members", {
  id: uuid("id").primaryKey().defaultRandom(),
  clerkUserId: text("clerk_user_id").notNull().unique(),
  email: text("email").notNull(),
  displayName: text("display_name").notNull(),
  phone: text("phone"),
  role: memberRole("role").notNull().default("member"),
  creditCents: integer("credit_cents").notNull().default(0),
  kioskPinHash: text("kiosk_pin_hash"),
  emergencyContact: text("emergency_contact"),
  medicalNotes: text("medical_notes"),
  stripeCustomerId: text("stripe_customer_id"),
  suspended: boolean("suspended").notNull().default(false),
  createdAt: timestamp("created_at").defaultNow().notNull(),
});

export const machines = pgTable("machines", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  kind: text("kind").notNull(),
  dangerous: boolean("dangerous").notNull().default(false),
  hourlyCents: integer("hourly_cents").notNull().default(0),
  maintenanceNotes: text("maintenance_notes"),
  controllerToken: text("controller_token"),
  active: boolean("active").notNull().default(true),
});

export const bookings = pgTable("bookings", {
  id: uuid("id").primaryKey().defaultRandom(),
  memberId: uuid("member_id").notNull().references(() => members.id),
  machineId: uuid("machine_id").notNull().references(() => machines.id),
  startsAt: timestamp("starts_at").notNull(),
  endsAt: timestamp("ends_at").notNull(),
  status: text("status").notNull().default("booked"),
  chargedCents: integer("charged_cents").notNull().default(0),
  notes: text("notes"),
});

export const tools = pgTable("tools", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  assetTag: text("asset_tag").notNull(),
  location: text("location"),
  depositCents: integer("deposit_cents").notNull().default(0),
  available: boolean("available").notNull().default(true),
});

export const loans = pgTable("loans", {
  id: uuid("id").primaryKey().defaultRandom(),
  toolId: uuid("tool_id").notNull().references(() => tools.id),
  memberId: uuid("member_id").notNull().references(() => members.id),
  dueAt: timestamp("due_at").notNull(),
  returnedAt: timestamp("returned_at"),
  conditionNotes: text("condition_notes"),
});

export const inductions = pgTable("inductions", {
  id: uuid("id").primaryKey().defaultRandom(),
  memberId: uuid("member_id").notNull().references(() => members.id),
  machineId: uuid("machine_id").notNull().references(() => machines.id),
  inductedBy: uuid("inducted_by").references(() => members.id),
  status: text("status").notNull().default("requested"),
  passedAt: timestamp("passed_at"),
});

export const creditLedger = pgTable("credit_ledger", {
  id: uuid("id").primaryKey().defaultRandom(),
  memberId: uuid("member_id").notNull().references(() => members.id),
  amountCents: integer("amount_cents").notNull(),
  reason: text("reason").notNull(),
  externalRef: text("external_ref"),
  createdAt: timestamp("created_at").defaultNow().notNull(),
});

export const consumables = pgTable("consumables", {
  id: uuid("id").primaryKey().defaultRandom(),
  sku: text("sku").notNull(),
  name: text("name").notNull(),
  priceCents: integer("price_cents").notNull(),
  stock: integer("stock").notNull().default(0),
});

export const kioskDevices = pgTable("kiosk_devices", {
  id: uuid("id").primaryKey().defaultRandom(),
  label: text("label").notNull(),
  secretHash: text("secret_hash").notNull(),
  lastSeenAt: timestamp("last_seen_at"),
});

export const checkins = pgTable("checkins", {
  id: uuid("id").primaryKey().defaultRandom(),
  memberId: uuid("member_id").notNull().references(() => members.id),
  kioskId: uuid("kiosk_id").references(() => kioskDevices.id),
  at: timestamp("at").defaultNow().notNull(),
});

export const apiKeys = pgTable("api_keys", {
  id: uuid("id").primaryKey().defaultRandom(),
  memberId: uuid("member_id").notNull().references(() => members.id),
  label: text("label").notNull(),
  keyHash: text("key_hash").notNull(),
  lastFour: text("last_four").notNull(),
  revokedAt: timestamp("revoked_at"),
});

export const incidents = pgTable("incidents", {
  id: uuid("id").primaryKey().defaultRandom(),
  reporterId: uuid("reporter_id").references(() => members.id),
  machineId: uuid("machine_id").references(() => machines.id),
  severity: text("severity").notNull(),
  description: text("description").notNull(),
  resolved: boolean("resolved").notNull().default(false),
});

export const events = pgTable("events", {
  id: uuid("id").primaryKey().defaultRandom(),
  title: text("title").notNull(),
  startsAt: timestamp("starts_at").notNull(),
  capacity: integer("capacity").notNull(),
  published: boolean("published").notNull().default(false),
  hostId: uuid("host_id").references(() => members.id),
});

export const auditEvents = pgTable("audit_events", {
  id: uuid("id").primaryKey().defaultRandom(),
  actorId: text("actor_id"),
  action: text("action").notNull(),
  target: text("target"),
  meta: jsonb("meta"),
  at: timestamp("at").defaultNow().notNull(),
});
