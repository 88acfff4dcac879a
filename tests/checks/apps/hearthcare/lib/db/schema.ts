import { pgTable, text, timestamp, boolean, integer } from "drizzle-orm/pg-core";

// Family-portal tables (Clerk user ids), migrated from Supabase in 2025.
export const familyMembers = pgTable("family_members", {
  id: text("id").primaryKey(),
  clerkUserId: text("clerk_user_id").notNull(),
  clientId: text("client_id").notNull(),
  agencyId: text("agency_id").notNull(),
  relationship: text("relationship").notNull(),
  canViewBilling: boolean("can_view_billing").default(false).notNull(),
  isPrimary: boolean("is_primary").default(false).notNull(),
});

export const familyMessages = pgTable("family_messages", {
  id: text("id").primaryKey(),
  clientId: text("client_id").notNull(),
  authorClerkId: text("author_clerk_id").notNull(),
  body: text("body").notNull(),
  createdAt: timestamp("created_at").defaultNow().notNull(),
});

export const sharedVisitNotes = pgTable("shared_visit_notes", {
  id: text("id").primaryKey(),
  clientId: text("client_id").notNull(),
  visitDate: timestamp("visit_date").notNull(),
  caregiverName: text("caregiver_name").notNull(),
  body: text("body").notNull(),
  internalComment: text("internal_comment"),
  shareToken: text("share_token"),
  sharePin: text("share_pin"),
});

export const notificationPrefs = pgTable("notification_prefs", {
  id: text("id").primaryKey(),
  clerkUserId: text("clerk_user_id").notNull(),
  emailDigest: boolean("email_digest").default(true).notNull(),
  smsAlerts: boolean("sms_alerts").default(false).notNull(),
  quietHoursStart: integer("quiet_hours_start"),
});
