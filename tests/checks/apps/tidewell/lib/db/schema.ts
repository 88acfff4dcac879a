import { pgTable, text, integer, timestamp, boolean, numeric, uuid } from "drizzle-orm/pg-core";

export const members = pgTable("members", {
  id: uuid("id").primaryKey().defaultRandom(),
  userId: text("user_id").notNull(),
  coopId: text("coop_id").notNull(),
  displayName: text("display_name").notNull(),
  iban: text("iban"),
  taxId: text("tax_id"),
  creditBalance: integer("credit_balance").notNull().default(0),
  status: text("status").notNull().default("active"),
  createdAt: timestamp("created_at").defaultNow(),
});

export const solarArrays = pgTable("solar_arrays", {
  id: uuid("id").primaryKey().defaultRandom(),
  coopId: text("coop_id").notNull(),
  name: text("name").notNull(),
  capacityKw: numeric("capacity_kw").notNull(),
  totalShares: integer("total_shares").notNull(),
  isPublic: boolean("is_public").notNull().default(false),
  siteAccessCode: text("site_access_code"),
});

export const shares = pgTable("shares", {
  id: uuid("id").primaryKey().defaultRandom(),
  memberId: uuid("member_id").notNull(),
  arrayId: uuid("array_id").notNull(),
  units: integer("units").notNull(),
  purchasePriceCents: integer("purchase_price_cents").notNull(),
});

export const meterReadings = pgTable("meter_readings", {
  id: uuid("id").primaryKey().defaultRandom(),
  memberId: uuid("member_id").notNull(),
  arrayId: uuid("array_id").notNull(),
  kwh: numeric("kwh").notNull(),
  readAt: timestamp("read_at").notNull(),
  photoUrl: text("photo_url"),
  verified: boolean("verified").notNull().default(false),
});

export const credits = pgTable("credits", {
  id: uuid("id").primaryKey().defaultRandom(),
  memberId: uuid("member_id").notNull(),
  coopId: text("coop_id").notNull(),
  month: text("month").notNull(),
  amountCents: integer("amount_cents").notNull(),
  note: text("note"),
});

export const payouts = pgTable("payouts", {
  id: uuid("id").primaryKey().defaultRandom(),
  memberId: uuid("member_id").notNull(),
  coopId: text("coop_id").notNull(),
  amountCents: integer("amount_cents").notNull(),
  bankAccountToken: text("bank_account_token"),
  status: text("status").notNull().default("pending"),
  paidAt: timestamp("paid_at"),
});

export const shareTransfers = pgTable("share_transfers", {
  id: uuid("id").primaryKey().defaultRandom(),
  fromMemberId: uuid("from_member_id").notNull(),
  toMemberId: uuid("to_member_id").notNull(),
  shareId: uuid("share_id").notNull(),
  units: integer("units").notNull(),
  priceCents: integer("price_cents").notNull(),
  status: text("status").notNull().default("pending"),
  acceptToken: text("accept_token"),
});

export const apiKeys = pgTable("api_keys", {
  id: uuid("id").primaryKey().defaultRandom(),
  coopId: text("coop_id").notNull(),
  name: text("name").notNull(),
  hashedKey: text("hashed_key").notNull(),
  prefix: text("prefix").notNull(),
  signingSecret: text("signing_secret").notNull(),
  createdBy: text("created_by").notNull(),
  revokedAt: timestamp("revoked_at"),
});

export const waitlist = pgTable("waitlist", {
  id: uuid("id").primaryKey().defaultRandom(),
  coopId: text("coop_id").notNull(),
  email: text("email").notNull(),
  postcode: text("postcode"),
  position: integer("position").notNull(),
  inviteToken: text("invite_token"),
});
