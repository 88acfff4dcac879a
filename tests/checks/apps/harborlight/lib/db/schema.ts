import { sqliteTable, text, integer, real } from "drizzle-orm/sqlite-core";

// better-auth tables (staff)
export const user = sqliteTable("user", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: integer("email_verified", { mode: "boolean" }).notNull(),
  role: text("role").default("user"),
  banned: integer("banned", { mode: "boolean" }),
  createdAt: integer("created_at", { mode: "timestamp" }).notNull(),
});

export const account = sqliteTable("account", {
  id: text("id").primaryKey(),
  userId: text("user_id").notNull(),
  providerId: text("provider_id").notNull(),
  password: text("password"),
  accessToken: text("access_token"),
  refreshToken: text("refresh_token"),
});

export const organization = sqliteTable("organization", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
  logo: text("logo"),
  stripeAccountId: text("stripe_account_id"),
  smsSenderId: text("sms_sender_id"),
  createdAt: integer("created_at", { mode: "timestamp" }).notNull(),
});

export const member = sqliteTable("member", {
  id: text("id").primaryKey(),
  organizationId: text("organization_id").notNull(),
  userId: text("user_id").notNull(),
  role: text("role").notNull(), // harbour-master | dock-hand | accountant
  createdAt: integer("created_at", { mode: "timestamp" }).notNull(),
});

// Boat owners live in Supabase auth; this mirrors their profile.
export const owners = sqliteTable("owners", {
  id: text("id").primaryKey(), // supabase auth uid
  email: text("email").notNull(),
  fullName: text("full_name"),
  phone: text("phone"),
  smsOptIn: integer("sms_opt_in", { mode: "boolean" }).default(false),
  stripeCustomerId: text("stripe_customer_id"),
  credit: integer("credit_cents").default(0),
  pinHash: text("pin_hash"),
});

export const boats = sqliteTable("boats", {
  id: text("id").primaryKey(),
  ownerId: text("owner_id").notNull(),
  name: text("name").notNull(),
  lengthM: real("length_m").notNull(),
  registration: text("registration"),
  insurancePolicy: text("insurance_policy"),
});

export const berths = sqliteTable("berths", {
  id: text("id").primaryKey(),
  organizationId: text("organization_id").notNull(),
  code: text("code").notNull(),
  maxLengthM: real("max_length_m").notNull(),
  nightlyRateCents: integer("nightly_rate_cents").notNull(),
  status: text("status").notNull().default("free"),
  gateCode: text("gate_code"),
});

export const bookings = sqliteTable("bookings", {
  id: text("id").primaryKey(),
  organizationId: text("organization_id").notNull(),
  berthId: text("berth_id").notNull(),
  boatId: text("boat_id").notNull(),
  ownerId: text("owner_id").notNull(),
  startsOn: text("starts_on").notNull(),
  endsOn: text("ends_on").notNull(),
  status: text("status").notNull().default("pending"),
  totalCents: integer("total_cents").notNull(),
  paidCents: integer("paid_cents").notNull().default(0),
  notes: text("notes"),
});

export const maintenanceRequests = sqliteTable("maintenance_requests", {
  id: text("id").primaryKey(),
  organizationId: text("organization_id").notNull(),
  boatId: text("boat_id").notNull(),
  ownerId: text("owner_id").notNull(),
  title: text("title").notNull(),
  description: text("description").notNull(),
  photoPaths: text("photo_paths", { mode: "json" }).$type<string[]>(),
  status: text("status").notNull().default("open"),
  quoteCents: integer("quote_cents"),
  internalNotes: text("internal_notes"),
});

export const fuelDevices = sqliteTable("fuel_devices", {
  id: text("id").primaryKey(),
  organizationId: text("organization_id").notNull(),
  label: text("label").notNull(),
  apiKeyHash: text("api_key_hash").notNull(),
  apiKeyPrefix: text("api_key_prefix").notNull(),
  revokedAt: integer("revoked_at", { mode: "timestamp" }),
});

export const fuelSales = sqliteTable("fuel_sales", {
  id: text("id").primaryKey(),
  organizationId: text("organization_id").notNull(),
  deviceId: text("device_id").notNull(),
  litres: real("litres").notNull(),
  amountCents: integer("amount_cents").notNull(),
  boatId: text("boat_id"),
  createdAt: integer("created_at", { mode: "timestamp" }).notNull(),
});

export const waitlist = sqliteTable("waitlist", {
  id: text("id").primaryKey(),
  organizationId: text("organization_id").notNull(),
  email: text("email").notNull(),
  boatLengthM: real("boat_length_m"),
  createdAt: integer("created_at", { mode: "timestamp" }).notNull(),
});

export const quotes = sqliteTable("quotes", {
  id: text("id").primaryKey(),
  requestId: text("request_id").notNull(),
  organizationId: text("organization_id").notNull(),
  draft: text("draft").notNull(),
  approved: integer("approved", { mode: "boolean" }).default(false),
});

export const weatherAlerts = sqliteTable("weather_alerts", {
  id: text("id").primaryKey(),
  organizationId: text("organization_id").notNull(),
  message: text("message").notNull(),
  sentAt: integer("sent_at", { mode: "timestamp" }),
});

export const shareLinks = sqliteTable("share_links", {
  id: text("id").primaryKey(),
  bookingId: text("booking_id").notNull(),
  ownerId: text("owner_id").notNull(),
  tokenHash: text("token_hash").notNull(),
  passcode: text("passcode").notNull(),
  expiresAt: integer("expires_at", { mode: "timestamp" }).notNull(),
});
