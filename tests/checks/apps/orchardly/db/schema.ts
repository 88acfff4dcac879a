import { pgTable, text, uuid, integer, boolean, timestamp, jsonb, pgEnum, numeric, date } from "drizzle-orm/pg-core";

export const farmRole = pgEnum("farm_role", ["owner", "packer", "driver", "coordinator", "member"]);
export const boxSize = pgEnum("box_size", ["small", "regular", "family"]);

export const farms = pgTable("farms", {
  id: uuid("id").primaryKey().defaultRandom(),
  clerkOrgId: text("clerk_org_id").notNull().unique(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  description: text("description"),
  lat: numeric("lat"),
  lng: numeric("lng"),
  stripeAccountId: text("stripe_account_id"),
  routingApiKey: text("routing_api_key"),
  webhookSecret: text("webhook_secret"),
  weeklyPriceCents: integer("weekly_price_cents").notNull().default(3200),
  isPublic: boolean("is_public").notNull().default(true),
  createdAt: timestamp("created_at").defaultNow().notNull(),
});

export const members = pgTable("members", {
  id: uuid("id").primaryKey().defaultRandom(),
  clerkUserId: text("clerk_user_id").notNull(),
  farmId: uuid("farm_id").notNull().references(() => farms.id),
  role: farmRole("role").notNull().default("member"),
  email: text("email").notNull(),
  fullName: text("full_name"),
  phone: text("phone"),
  address: text("address"),
  dietaryNotes: text("dietary_notes"),
  stripeCustomerId: text("stripe_customer_id"),
  pickupPin: text("pickup_pin"),
  credits: integer("credits").notNull().default(0),
  isNetworkAdmin: boolean("is_network_admin").notNull().default(false),
  createdAt: timestamp("created_at").defaultNow().notNull(),
});

export const pickupSites = pgTable("pickup_sites", {
  id: uuid("id").primaryKey().defaultRandom(),
  farmId: uuid("farm_id").notNull().references(() => farms.id),
  name: text("name").notNull(),
  address: text("address").notNull(),
  hostMemberId: uuid("host_member_id").references(() => members.id),
  hostPhone: text("host_phone"),
  accessCode: text("access_code"),
  capacity: integer("capacity").notNull().default(40),
  lat: numeric("lat"),
  lng: numeric("lng"),
});

export const subscriptions = pgTable("subscriptions", {
  id: uuid("id").primaryKey().defaultRandom(),
  memberId: uuid("member_id").notNull().references(() => members.id),
  farmId: uuid("farm_id").notNull().references(() => farms.id),
  siteId: uuid("site_id").references(() => pickupSites.id),
  size: boxSize("size").notNull().default("regular"),
  status: text("status").notNull().default("active"),
  priceCents: integer("price_cents").notNull(),
  stripeSubscriptionId: text("stripe_subscription_id"),
  discountPercent: integer("discount_percent").notNull().default(0),
  startedAt: timestamp("started_at").defaultNow().notNull(),
});

export const boxes = pgTable("boxes", {
  id: uuid("id").primaryKey().defaultRandom(),
  farmId: uuid("farm_id").notNull().references(() => farms.id),
  week: date("week").notNull(),
  size: boxSize("size").notNull(),
  contents: jsonb("contents").$type<{ item: string; qty: number; unit: string }[]>().notNull(),
  packedBy: uuid("packed_by").references(() => members.id),
  published: boolean("published").notNull().default(false),
});

export const skips = pgTable("skips", {
  id: uuid("id").primaryKey().defaultRandom(),
  subscriptionId: uuid("subscription_id").notNull().references(() => subscriptions.id),
  week: date("week").notNull(),
  createdAt: timestamp("created_at").defaultNow().notNull(),
});

export const swaps = pgTable("swaps", {
  id: uuid("id").primaryKey().defaultRandom(),
  subscriptionId: uuid("subscription_id").notNull().references(() => subscriptions.id),
  week: date("week").notNull(),
  removeItem: text("remove_item").notNull(),
  addItem: text("add_item").notNull(),
  status: text("status").notNull().default("requested"),
});

export const harvestItems = pgTable("harvest_items", {
  id: uuid("id").primaryKey().defaultRandom(),
  farmId: uuid("farm_id").notNull().references(() => farms.id),
  week: date("week").notNull(),
  item: text("item").notNull(),
  quantity: integer("quantity").notNull(),
  unit: text("unit").notNull(),
  photoKey: text("photo_key"),
});

export const deliveries = pgTable("deliveries", {
  id: uuid("id").primaryKey().defaultRandom(),
  farmId: uuid("farm_id").notNull().references(() => farms.id),
  siteId: uuid("site_id").notNull().references(() => pickupSites.id),
  driverId: uuid("driver_id").references(() => members.id),
  externalRouteId: text("external_route_id"),
  status: text("status").notNull().default("planned"),
  eta: timestamp("eta"),
});

export const charges = pgTable("charges", {
  id: uuid("id").primaryKey().defaultRandom(),
  subscriptionId: uuid("subscription_id").notNull().references(() => subscriptions.id),
  week: date("week").notNull(),
  amountCents: integer("amount_cents").notNull(),
  stripePaymentIntentId: text("stripe_payment_intent_id"),
  status: text("status").notNull().default("pending"),
});

export const apiKeys = pgTable("api_keys", {
  id: uuid("id").primaryKey().defaultRandom(),
  farmId: uuid("farm_id").notNull().references(() => farms.id),
  name: text("name").notNull(),
  tokenHash: text("token_hash").notNull(),
  lastFour: text("last_four").notNull(),
  createdBy: uuid("created_by").references(() => members.id),
  revokedAt: timestamp("revoked_at"),
});

export const waitlist = pgTable("waitlist", {
  id: uuid("id").primaryKey().defaultRandom(),
  farmId: uuid("farm_id").references(() => farms.id),
  email: text("email").notNull(),
  postcode: text("postcode").notNull(),
  householdSize: integer("household_size"),
  createdAt: timestamp("created_at").defaultNow().notNull(),
});

export const newsletters = pgTable("newsletters", {
  id: uuid("id").primaryKey().defaultRandom(),
  farmId: uuid("farm_id").notNull().references(() => farms.id),
  week: date("week").notNull(),
  body: text("body").notNull(),
  sentAt: timestamp("sent_at"),
});

export const activity = pgTable("activity", {
  id: uuid("id").primaryKey().defaultRandom(),
  farmId: uuid("farm_id"),
  actorId: text("actor_id"),
  action: text("action").notNull(),
  meta: jsonb("meta"),
  at: timestamp("at").defaultNow().notNull(),
});
