import { pgTable, text, integer, timestamp, boolean } from "drizzle-orm/pg-core";

export const workShifts = pgTable("work_shifts", {
  id: text("id").primaryKey(),
  gardenId: text("garden_id").notNull(),
  title: text("title").notNull(),
  startsAt: timestamp("starts_at").notNull(),
  capacity: integer("capacity").notNull().default(6),
  createdBy: text("created_by").notNull(),
  cancelled: boolean("cancelled").notNull().default(false),
});

export const shiftSignups = pgTable("shift_signups", {
  id: text("id").primaryKey(),
  shiftId: text("shift_id").notNull(),
  userId: text("user_id").notNull(),
  hoursLogged: integer("hours_logged").notNull().default(0),
  approved: boolean("approved").notNull().default(false),
  emergencyPhone: text("emergency_phone"),
});

export const volunteerProfiles = pgTable("volunteer_profiles", {
  userId: text("user_id").primaryKey(),
  displayName: text("display_name").notNull(),
  skills: text("skills"),
  totalHours: integer("total_hours").notNull().default(0),
  badgeLevel: integer("badge_level").notNull().default(0),
  calendarToken: text("calendar_token").notNull(),
});
