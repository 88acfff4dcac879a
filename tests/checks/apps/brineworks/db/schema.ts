import { pgTable, pgEnum, text, integer, numeric, timestamp, boolean, uuid, jsonb, serial } from "drizzle-orm/pg-core";

export const roleEnum = pgEnum("role", ["buyer", "skipper", "staff", "inspector", "admin"]);
export const lotStatusEnum = pgEnum("lot_status", ["draft", "scheduled", "open", "closed", "settled", "withdrawn"]);

export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  email: text("email").notNull().unique(),
  name: text("name"),
  passwordHash: text("password_hash").notNull(),
  role: roleEnum("role").notNull().default("buyer"),
  twoFactorSecret: text("two_factor_secret"),
  twoFactorEnabled: boolean("two_factor_enabled").notNull().default(false),
  creditLimit: numeric("credit_limit", { precision: 12, scale: 2 }).notNull().default("0"),
  balance: numeric("balance", { precision: 12, scale: 2 }).notNull().default("0"),
  bankAccount: text("bank_account"),
  phone: text("phone"),
  emailVerified: timestamp("email_verified"),
  suspended: boolean("suspended").notNull().default(false),
  createdAt: timestamp("created_at").notNull().defaultNow(),
});

export const boats = pgTable("boats", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  registration: text("registration").notNull().unique(),
  ownerId: uuid("owner_id").notNull().references(() => users.id),
  homePort: text("home_port").notNull().default("Brinehaven"),
});

export const catches = pgTable("catches", {
  id: uuid("id").primaryKey().defaultRandom(),
  boatId: uuid("boat_id").notNull().references(() => boats.id),
  species: text("species").notNull(),
  weightKg: numeric("weight_kg", { precision: 10, scale: 2 }).notNull(),
  grade: text("grade").notNull().default("ungraded"),
  reservePrice: numeric("reserve_price", { precision: 12, scale: 2 }),
  landedAt: timestamp("landed_at").notNull().defaultNow(),
  status: text("status").notNull().default("landed"),
  certified: boolean("certified").notNull().default(false),
  notes: text("notes"),
});

export const lots = pgTable("lots", {
  id: uuid("id").primaryKey().defaultRandom(),
  catchId: uuid("catch_id").notNull().references(() => catches.id),
  startsAt: timestamp("starts_at").notNull(),
  endsAt: timestamp("ends_at").notNull(),
  status: lotStatusEnum("status").notNull().default("draft"),
  startPrice: numeric("start_price", { precision: 12, scale: 2 }).notNull(),
  currentBid: numeric("current_bid", { precision: 12, scale: 2 }),
  winnerId: uuid("winner_id").references(() => users.id),
  floorNotes: text("floor_notes"),
});

export const bids = pgTable("bids", {
  id: serial("id").primaryKey(),
  lotId: uuid("lot_id").notNull().references(() => lots.id),
  buyerId: uuid("buyer_id").notNull().references(() => users.id),
  amount: numeric("amount", { precision: 12, scale: 2 }).notNull(),
  source: text("source").notNull().default("web"),
  createdAt: timestamp("created_at").notNull().defaultNow(),
});

export const settlements = pgTable("settlements", {
  id: uuid("id").primaryKey().defaultRandom(),
  lotId: uuid("lot_id").notNull().references(() => lots.id),
  buyerId: uuid("buyer_id").notNull().references(() => users.id),
  amount: numeric("amount", { precision: 12, scale: 2 }).notNull(),
  fee: numeric("fee", { precision: 12, scale: 2 }).notNull(),
  status: text("status").notNull().default("pending"),
  paidAt: timestamp("paid_at"),
});

export const payouts = pgTable("payouts", {
  id: uuid("id").primaryKey().defaultRandom(),
  boatId: uuid("boat_id").notNull().references(() => boats.id),
  amount: numeric("amount", { precision: 12, scale: 2 }).notNull(),
  bankAccount: text("bank_account").notNull(),
  status: text("status").notNull().default("queued"),
  reference: text("reference"),
  createdAt: timestamp("created_at").notNull().defaultNow(),
});

export const coldStoreSlots = pgTable("cold_store_slots", {
  id: uuid("id").primaryKey().defaultRandom(),
  bay: text("bay").notNull(),
  startsAt: timestamp("starts_at").notNull(),
  endsAt: timestamp("ends_at").notNull(),
  reservedBy: uuid("reserved_by").references(() => users.id),
  catchId: uuid("catch_id").references(() => catches.id),
  tempC: integer("temp_c").notNull().default(-2),
});

export const inspections = pgTable("inspections", {
  id: uuid("id").primaryKey().defaultRandom(),
  catchId: uuid("catch_id").notNull().references(() => catches.id),
  inspectorId: uuid("inspector_id").notNull().references(() => users.id),
  result: text("result").notNull(),
  notes: text("notes"),
  certificateNo: text("certificate_no"),
  certifiedAt: timestamp("certified_at"),
});

export const fees = pgTable("fees", {
  id: serial("id").primaryKey(),
  name: text("name").notNull().unique(),
  percent: numeric("percent", { precision: 5, scale: 2 }).notNull(),
  active: boolean("active").notNull().default(true),
});

export const apiKeys = pgTable("api_keys", {
  id: uuid("id").primaryKey().defaultRandom(),
  userId: uuid("user_id").notNull().references(() => users.id),
  name: text("name").notNull(),
  prefix: text("prefix").notNull(),
  hashedKey: text("hashed_key").notNull(),
  revokedAt: timestamp("revoked_at"),
  createdAt: timestamp("created_at").notNull().defaultNow(),
});

export const passwordResets = pgTable("password_resets", {
  id: serial("id").primaryKey(),
  userId: uuid("user_id").notNull().references(() => users.id),
  tokenHash: text("token_hash").notNull(),
  expiresAt: timestamp("expires_at").notNull(),
});

export const contactMessages = pgTable("contact_messages", {
  id: serial("id").primaryKey(),
  email: text("email").notNull(),
  body: text("body").notNull(),
  createdAt: timestamp("created_at").notNull().defaultNow(),
});

export const auditEvents = pgTable("audit_events", {
  id: serial("id").primaryKey(),
  actorId: uuid("actor_id"),
  action: text("action").notNull(),
  target: text("target"),
  meta: jsonb("meta"),
  ip: text("ip"),
  createdAt: timestamp("created_at").notNull().defaultNow(),
});
