import { pgTable, text, timestamp, integer, boolean, uuid, jsonb, date } from "drizzle-orm/pg-core";

export const tenants = pgTable("tenants", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
  plan: text("plan").notNull().default("partner"),
  webhookSecret: text("webhook_secret"),
});

export const users = pgTable("users", {
  id: text("id").primaryKey(),
  email: text("email").notNull().unique(),
  name: text("name"),
  passwordHash: text("password_hash"),
  totpSecret: text("totp_secret"),
  role: text("role").notNull().default("researcher"), // researcher | lab_manager | admin
  emailVerified: boolean("email_verified").notNull().default(false),
  phone: text("phone"),
  createdAt: timestamp("created_at").defaultNow(),
});

export const memberships = pgTable("memberships", {
  id: uuid("id").primaryKey().defaultRandom(),
  userId: text("user_id").notNull(),
  tenantId: uuid("tenant_id").notNull(),
  role: text("role").notNull().default("member"),
});

export const vessels = pgTable("vessels", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  berth: text("berth"),
  capacity: integer("capacity").notNull(),
  dayRateCents: integer("day_rate_cents").notNull(),
});

export const bookings = pgTable("bookings", {
  id: uuid("id").primaryKey().defaultRandom(),
  tenantId: uuid("tenant_id").notNull(),
  userId: text("user_id").notNull(),
  vesselId: uuid("vessel_id"),
  benchId: uuid("bench_id"),
  day: date("day").notNull(),
  status: text("status").notNull().default("pending"),
  notes: text("notes"),
  approvedBy: text("approved_by"),
});

export const samples = pgTable("samples", {
  id: uuid("id").primaryKey().defaultRandom(),
  tenantId: uuid("tenant_id").notNull(),
  collectedBy: text("collected_by").notNull(),
  label: text("label").notNull(),
  site: text("site").notNull(),
  depthM: integer("depth_m"),
  storage: text("storage"),
  meta: jsonb("meta"),
  disposed: boolean("disposed").default(false),
});

export const custodyEvents = pgTable("custody_events", {
  id: uuid("id").primaryKey().defaultRandom(),
  sampleId: uuid("sample_id").notNull(),
  fromUser: text("from_user"),
  toUser: text("to_user").notNull(),
  at: timestamp("at").defaultNow(),
  note: text("note"),
});

export const grants = pgTable("grants", {
  id: uuid("id").primaryKey().defaultRandom(),
  tenantId: uuid("tenant_id").notNull(),
  code: text("code").notNull(),
  title: text("title").notNull(),
  balanceCents: integer("balance_cents").notNull().default(0),
  piUserId: text("pi_user_id").notNull(),
});

export const equipment = pgTable("equipment", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  serial: text("serial"),
  status: text("status").default("ok"),
  calibratedAt: timestamp("calibrated_at"),
});

export const apiKeys = pgTable("api_keys", {
  id: uuid("id").primaryKey().defaultRandom(),
  tenantId: uuid("tenant_id").notNull(),
  name: text("name").notNull(),
  hashedKey: text("hashed_key").notNull(),
  createdBy: text("created_by").notNull(),
  revokedAt: timestamp("revoked_at"),
});

export const auditLogs = pgTable("audit_logs", {
  id: uuid("id").primaryKey().defaultRandom(),
  actorId: text("actor_id"),
  action: text("action").notNull(),
  target: text("target"),
  meta: jsonb("meta"),
  at: timestamp("at").defaultNow(),
});
