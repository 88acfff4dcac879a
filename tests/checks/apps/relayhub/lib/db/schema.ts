import { pgTable, text, timestamp, integer, boolean, uuid, numeric } from "drizzle-orm/pg-core";

export const volunteers = pgTable("volunteers", {
  id: uuid("id").primaryKey().defaultRandom(),
  charityId: text("charity_id").notNull(),
  userId: text("user_id"),
  fullName: text("full_name").notNull(),
  email: text("email").notNull(),
  phone: text("phone"),
  dbsStatus: text("dbs_status").default("pending"),
  dbsCertificateNo: text("dbs_certificate_no"),
  dbsVendorToken: text("dbs_vendor_token"),
  safeguardingTrainedAt: timestamp("safeguarding_trained_at"),
  emergencyContact: text("emergency_contact"),
  medicalNotes: text("medical_notes"),
  active: boolean("active").default(true),
});

export const shifts = pgTable("shifts", {
  id: uuid("id").primaryKey().defaultRandom(),
  charityId: text("charity_id").notNull(),
  title: text("title").notNull(),
  location: text("location"),
  startsAt: timestamp("starts_at").notNull(),
  endsAt: timestamp("ends_at").notNull(),
  capacity: integer("capacity").notNull().default(10),
  checkInPin: text("check_in_pin"),
});

export const shiftSignups = pgTable("shift_signups", {
  id: uuid("id").primaryKey().defaultRandom(),
  shiftId: uuid("shift_id").notNull(),
  volunteerId: uuid("volunteer_id").notNull(),
  status: text("status").default("confirmed"),
  checkedInAt: timestamp("checked_in_at"),
});

export const volunteerHours = pgTable("volunteer_hours", {
  id: uuid("id").primaryKey().defaultRandom(),
  volunteerId: uuid("volunteer_id").notNull(),
  charityId: text("charity_id").notNull(),
  hours: numeric("hours").notNull(),
  approved: boolean("approved").default(false),
  note: text("note"),
});

export const p2pPages = pgTable("p2p_pages", {
  id: uuid("id").primaryKey().defaultRandom(),
  campaignId: text("campaign_id").notNull(),
  ownerUserId: text("owner_user_id").notNull(),
  slug: text("slug").notNull(),
  headline: text("headline").notNull(),
  story: text("story"),
  targetPence: integer("target_pence").notNull(),
  raisedPence: integer("raised_pence").default(0),
  featured: boolean("featured").default(false),
  previewPasscode: text("preview_passcode"),
});
