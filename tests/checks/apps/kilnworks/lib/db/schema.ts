import { pgTable, text, integer, timestamp, boolean, uuid, jsonb, pgEnum } from "drizzle-orm/pg-core";

export const userRole = pgEnum("user_role", ["member", "instructor", "owner", "platform_admin"]);
export const membershipRole = pgEnum("membership_role", ["member", "instructor", "manager", "owner"]);
export const firingStatus = pgEnum("firing_status", ["requested", "loaded", "firing", "cooling", "done", "cancelled"]);

export const users = pgTable("users", {
  id: text("id").primaryKey(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash"),
  role: userRole("role").notNull().default("member"),
  emailVerified: boolean("email_verified").notNull().default(false),
  twoFactorSecret: text("two_factor_secret"),
  twoFactorEnabled: boolean("two_factor_enabled").notNull().default(false),
  phone: text("phone"),
  stripeCustomerId: text("stripe_customer_id"),
  bio: text("bio"),
  avatarUrl: text("avatar_url"),
  createdAt: timestamp("created_at").notNull().defaultNow(),
});

export const studios = pgTable("studios", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
  ownerId: text("owner_id").notNull().references(() => users.id),
  plan: text("plan").notNull().default("starter"),
  kioskPin: text("kiosk_pin"),
  stripeSubscriptionId: text("stripe_subscription_id"),
  timezone: text("timezone").notNull().default("UTC"),
  address: text("address"),
});

export const memberships = pgTable("memberships", {
  id: uuid("id").primaryKey().defaultRandom(),
  studioId: uuid("studio_id").notNull().references(() => studios.id),
  userId: text("user_id").notNull().references(() => users.id),
  role: membershipRole("role").notNull().default("member"),
  plan: text("plan").notNull().default("monthly"),
  credits: integer("credits").notNull().default(0),
  status: text("status").notNull().default("active"),
  notes: text("notes"),
});

export const wheels = pgTable("wheels", {
  id: uuid("id").primaryKey().defaultRandom(),
  studioId: uuid("studio_id").notNull().references(() => studios.id),
  label: text("label").notNull(),
  active: boolean("active").notNull().default(true),
});

export const wheelBookings = pgTable("wheel_bookings", {
  id: uuid("id").primaryKey().defaultRandom(),
  studioId: uuid("studio_id").notNull().references(() => studios.id),
  wheelId: uuid("wheel_id").notNull().references(() => wheels.id),
  userId: text("user_id").notNull().references(() => users.id),
  startsAt: timestamp("starts_at").notNull(),
  endsAt: timestamp("ends_at").notNull(),
  note: text("note"),
  creditsCharged: integer("credits_charged").notNull().default(1),
});

export const kilns = pgTable("kilns", {
  id: uuid("id").primaryKey().defaultRandom(),
  studioId: uuid("studio_id").notNull().references(() => studios.id),
  name: text("name").notNull(),
  maxCone: text("max_cone").notNull(),
  controllerToken: text("controller_token"),
});

export const firings = pgTable("firings", {
  id: uuid("id").primaryKey().defaultRandom(),
  studioId: uuid("studio_id").notNull().references(() => studios.id),
  kilnId: uuid("kiln_id").references(() => kilns.id),
  userId: text("user_id").notNull().references(() => users.id),
  cone: text("cone").notNull(),
  atmosphere: text("atmosphere").notNull().default("oxidation"),
  status: firingStatus("status").notNull().default("requested"),
  pieces: integer("pieces").notNull().default(1),
  notes: text("notes"),
  feeCents: integer("fee_cents").notNull().default(0),
  scheduledFor: timestamp("scheduled_for"),
});

export const classes = pgTable("classes", {
  id: uuid("id").primaryKey().defaultRandom(),
  studioId: uuid("studio_id").notNull().references(() => studios.id),
  instructorId: text("instructor_id").notNull(),
  title: text("title").notNull(),
  slug: text("slug").notNull(),
  description: text("description"),
  priceCents: integer("price_cents").notNull(),
  capacity: integer("capacity").notNull(),
  published: boolean("published").notNull().default(false),
  startsAt: timestamp("starts_at"),
});

export const enrollments = pgTable("enrollments", {
  id: uuid("id").primaryKey().defaultRandom(),
  classId: uuid("class_id").notNull().references(() => classes.id),
  userId: text("user_id").notNull().references(() => users.id),
  paid: boolean("paid").notNull().default(false),
});

export const glazeTests = pgTable("glaze_tests", {
  id: uuid("id").primaryKey().defaultRandom(),
  studioId: uuid("studio_id").notNull().references(() => studios.id),
  classId: uuid("class_id").references(() => classes.id),
  studentId: text("student_id").notNull().references(() => users.id),
  recipe: jsonb("recipe").notNull(),
  cone: text("cone").notNull(),
  photoPath: text("photo_path"),
  grade: integer("grade"),
  feedback: text("feedback"),
  gradedBy: text("graded_by"),
});

export const shelves = pgTable("shelves", {
  id: uuid("id").primaryKey().defaultRandom(),
  studioId: uuid("studio_id").notNull().references(() => studios.id),
  userId: text("user_id").references(() => users.id),
  label: text("label").notNull(),
});

export const partners = pgTable("partners", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  contactEmail: text("contact_email").notNull(),
  apiKeyHash: text("api_key_hash").notNull(),
  apiKeyPrefix: text("api_key_prefix").notNull(),
  webhookSecret: text("webhook_secret").notNull(),
  studioId: uuid("studio_id").references(() => studios.id),
});

export const partnerOrders = pgTable("partner_orders", {
  id: uuid("id").primaryKey().defaultRandom(),
  partnerId: uuid("partner_id").notNull().references(() => partners.id),
  studioId: uuid("studio_id").notNull().references(() => studios.id),
  sku: text("sku").notNull(),
  quantityKg: integer("quantity_kg").notNull(),
  status: text("status").notNull().default("pending"),
  internalNotes: text("internal_notes"),
});

export const apiTokens = pgTable("api_tokens", {
  id: uuid("id").primaryKey().defaultRandom(),
  userId: text("user_id").notNull().references(() => users.id),
  name: text("name").notNull(),
  tokenHash: text("token_hash").notNull(),
  lastUsedAt: timestamp("last_used_at"),
});

export const otpCodes = pgTable("otp_codes", {
  id: uuid("id").primaryKey().defaultRandom(),
  userId: text("user_id").notNull().references(() => users.id),
  otp: text("otp").notNull(),
  expiresAt: timestamp("expires_at").notNull(),
});

export const auditLogs = pgTable("audit_logs", {
  id: uuid("id").primaryKey().defaultRandom(),
  actorId: text("actor_id"),
  studioId: uuid("studio_id"),
  action: text("action").notNull(),
  target: text("target"),
  meta: jsonb("meta"),
  createdAt: timestamp("created_at").notNull().defaultNow(),
});
