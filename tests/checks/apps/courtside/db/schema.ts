import { pgTable, text, timestamp, boolean, integer, uuid, date, jsonb } from "drizzle-orm/pg-core";

export const users = pgTable("user", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: boolean("email_verified").notNull().default(false),
  role: text("role").notNull().default("member"),
  phone: text("phone"),
  twoFactorEnabled: boolean("two_factor_enabled").default(false),
  twoFactorSecret: text("two_factor_secret"),
  createdAt: timestamp("created_at").defaultNow(),
});

export const accounts = pgTable("account", {
  id: text("id").primaryKey(),
  userId: text("user_id").notNull().references(() => users.id),
  providerId: text("provider_id").notNull(),
  password: text("password"),
  accessToken: text("access_token"),
});

export const clubs = pgTable("clubs", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
  ownerId: text("owner_id").notNull(),
  plan: text("plan").notNull().default("free"),
  stripeCustomerId: text("stripe_customer_id"),
  stripeSecretNote: text("stripe_secret_note"),
});

export const clubMembers = pgTable("club_members", {
  id: uuid("id").primaryKey().defaultRandom(),
  clubId: uuid("club_id").notNull(),
  userId: text("user_id").notNull(),
  role: text("role").notNull().default("coach"),
});

export const teams = pgTable("teams", {
  id: uuid("id").primaryKey().defaultRandom(),
  clubId: uuid("club_id").notNull(),
  name: text("name").notNull(),
  ageGroup: text("age_group"),
  coachId: text("coach_id"),
});

export const players = pgTable("players", {
  id: uuid("id").primaryKey().defaultRandom(),
  teamId: uuid("team_id").notNull(),
  clubId: uuid("club_id").notNull(),
  firstName: text("first_name").notNull(),
  lastName: text("last_name").notNull(),
  dateOfBirth: date("date_of_birth"),
  medicalNotes: text("medical_notes"),
  guardianId: text("guardian_id"),
  shirtNumber: integer("shirt_number"),
});

export const fixtures = pgTable("fixtures", {
  id: uuid("id").primaryKey().defaultRandom(),
  leagueId: uuid("league_id").notNull(),
  homeTeamId: uuid("home_team_id").notNull(),
  awayTeamId: uuid("away_team_id").notNull(),
  venueId: uuid("venue_id"),
  refereeId: text("referee_id"),
  kickoff: timestamp("kickoff").notNull(),
  homeScore: integer("home_score"),
  awayScore: integer("away_score"),
  status: text("status").notNull().default("scheduled"),
});

export const referees = pgTable("referees", {
  id: text("id").primaryKey(),
  userId: text("user_id").notNull(),
  badgeNumber: text("badge_number").notNull(),
  pinHash: text("pin_hash").notNull(),
  payoutIban: text("payout_iban"),
});

export const registrations = pgTable("registrations", {
  id: uuid("id").primaryKey().defaultRandom(),
  playerId: uuid("player_id").notNull(),
  seasonId: uuid("season_id").notNull(),
  userId: text("user_id").notNull(),
  status: text("status").notNull().default("pending"),
  amountCents: integer("amount_cents").notNull(),
  stripeSessionId: text("stripe_session_id"),
});

export const apiKeys = pgTable("api_keys", {
  id: uuid("id").primaryKey().defaultRandom(),
  clubId: uuid("club_id").notNull(),
  name: text("name").notNull(),
  keyHash: text("key_hash").notNull(),
  createdBy: text("created_by").notNull(),
  revokedAt: timestamp("revoked_at"),
});

export const invites = pgTable("invites", {
  id: uuid("id").primaryKey().defaultRandom(),
  clubId: uuid("club_id").notNull(),
  email: text("email").notNull(),
  role: text("role").notNull(),
  token: text("token").notNull(),
  expiresAt: timestamp("expires_at").notNull(),
});

export const auditLogs = pgTable("audit_logs", {
  id: uuid("id").primaryKey().defaultRandom(),
  actorId: text("actor_id"),
  action: text("action").notNull(),
  target: text("target"),
  meta: jsonb("meta"),
  at: timestamp("at").defaultNow(),
});

export const leagues = pgTable("leagues", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  region: text("region"),
  status: text("status").notNull().default("active"),
});

export const seasons = pgTable("seasons", {
  id: uuid("id").primaryKey().defaultRandom(),
  leagueId: uuid("league_id").notNull(),
  name: text("name").notNull(),
  feeCents: integer("fee_cents").notNull(),
  closed: boolean("closed").notNull().default(false),
});

export const follows = pgTable("follows", {
  id: uuid("id").primaryKey().defaultRandom(),
  userId: text("user_id").notNull(),
  teamId: uuid("team_id").notNull(),
});
