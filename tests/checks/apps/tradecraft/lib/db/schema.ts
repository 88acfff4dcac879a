import { pgTable, text, integer, timestamp, boolean, uuid, numeric, jsonb } from "drizzle-orm/pg-core";

export const users = pgTable("users", {
  id: text("id").primaryKey(),
  email: text("email").notNull().unique(),
  name: text("name"),
  passwordHash: text("password_hash"),
  twoFactorSecret: text("two_factor_secret"),
  isSuperAdmin: boolean("is_super_admin").default(false),
  createdAt: timestamp("created_at").defaultNow(),
});

export const organisations = pgTable("organisations", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
  ukprn: text("ukprn"),
  plan: text("plan").default("starter"),
  stripeCustomerId: text("stripe_customer_id"),
});

export const memberships = pgTable("memberships", {
  id: uuid("id").primaryKey().defaultRandom(),
  orgId: uuid("org_id").notNull(),
  userId: text("user_id").notNull(),
  role: text("role").notNull(), // owner | programme_manager | tutor | assessor | safeguarding_lead | finance | viewer
});

export const employers = pgTable("employers", {
  id: uuid("id").primaryKey().defaultRandom(),
  orgId: uuid("org_id").notNull(),
  name: text("name").notNull(),
  contactEmail: text("contact_email"),
  levyPayer: boolean("levy_payer").default(false),
});

export const employerUsers = pgTable("employer_users", {
  id: uuid("id").primaryKey().defaultRandom(),
  employerId: uuid("employer_id").notNull(),
  email: text("email").notNull(),
  passwordHash: text("password_hash").notNull(),
  isAdmin: boolean("is_admin").default(false),
});

export const apprentices = pgTable("apprentices", {
  id: uuid("id").primaryKey().defaultRandom(),
  orgId: uuid("org_id").notNull(),
  employerId: uuid("employer_id"),
  userId: text("user_id"),
  tutorId: text("tutor_id"),
  firstName: text("first_name").notNull(),
  lastName: text("last_name").notNull(),
  email: text("email"),
  uln: text("uln"),
  niNumber: text("ni_number"),
  status: text("status").default("active"),
});

export const trainingPlans = pgTable("training_plans", {
  id: uuid("id").primaryKey().defaultRandom(),
  orgId: uuid("org_id").notNull(),
  apprenticeId: uuid("apprentice_id").notNull(),
  title: text("title").notNull(),
  plannedHours: integer("planned_hours"),
  signedByEmployer: boolean("signed_by_employer").default(false),
});

export const otjLogs = pgTable("otj_logs", {
  id: uuid("id").primaryKey().defaultRandom(),
  orgId: uuid("org_id").notNull(),
  apprenticeId: uuid("apprentice_id").notNull(),
  minutes: integer("minutes").notNull(),
  activity: text("activity").notNull(),
  approved: boolean("approved").default(false),
  createdBy: text("created_by"),
});

export const evidence = pgTable("evidence", {
  id: uuid("id").primaryKey().defaultRandom(),
  orgId: uuid("org_id").notNull(),
  apprenticeId: uuid("apprentice_id").notNull(),
  title: text("title").notNull(),
  fileKey: text("file_key").notNull(),
  status: text("status").default("submitted"),
  signedOffBy: text("signed_off_by"),
});

export const epaBookings = pgTable("epa_bookings", {
  id: uuid("id").primaryKey().defaultRandom(),
  orgId: uuid("org_id").notNull(),
  apprenticeId: uuid("apprentice_id").notNull(),
  assessmentOrg: text("assessment_org").notNull(),
  scheduledFor: timestamp("scheduled_for"),
  status: text("status").default("requested"),
});

export const apiKeys = pgTable("api_keys", {
  id: uuid("id").primaryKey().defaultRandom(),
  orgId: uuid("org_id").notNull(),
  name: text("name").notNull(),
  prefix: text("prefix").notNull(),
  keyHash: text("key_hash").notNull(),
  revokedAt: timestamp("revoked_at"),
});

export const courses = pgTable("courses", {
  id: uuid("id").primaryKey().defaultRandom(),
  orgId: uuid("org_id").notNull(),
  slug: text("slug").notNull(),
  title: text("title").notNull(),
  level: integer("level"),
  published: boolean("published").default(false),
});

export const enquiries = pgTable("enquiries", {
  id: uuid("id").primaryKey().defaultRandom(),
  courseId: uuid("course_id"),
  name: text("name").notNull(),
  email: text("email").notNull(),
  message: text("message"),
});

export const auditLogs = pgTable("audit_logs", {
  id: uuid("id").primaryKey().defaultRandom(),
  orgId: uuid("org_id"),
  actorId: text("actor_id"),
  action: text("action").notNull(),
  meta: jsonb("meta"),
  at: timestamp("at").defaultNow(),
});

export const fundingClaims = pgTable("funding_claims", {
  id: uuid("id").primaryKey().defaultRandom(),
  orgId: uuid("org_id").notNull(),
  period: text("period").notNull(),
  amount: numeric("amount"),
  status: text("status").default("draft"),
});
