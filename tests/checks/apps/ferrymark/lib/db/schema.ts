import { pgTable, text, integer, timestamp, boolean } from "drizzle-orm/pg-core";

export const crewShifts = pgTable("crew_shifts", {
  id: text("id").primaryKey(),
  operatorId: text("operator_id").notNull(),
  userId: text("user_id").notNull(),
  vesselId: text("vessel_id").notNull(),
  startsAt: timestamp("starts_at").notNull(),
  endsAt: timestamp("ends_at").notNull(),
});

export const checkins = pgTable("checkins", {
  id: text("id").primaryKey(),
  bookingId: text("booking_id").notNull(),
  sailingId: text("sailing_id").notNull(),
  crewId: text("crew_id").notNull(),
  scannedAt: timestamp("scanned_at").defaultNow().notNull(),
});

export const supportTickets = pgTable("support_tickets", {
  id: text("id").primaryKey(),
  userId: text("user_id").notNull(),
  subject: text("subject").notNull(),
  body: text("body").notNull(),
  status: text("status").default("open").notNull(),
  internalNote: text("internal_note"),
  assigneeId: text("assignee_id"),
});

export const passengerProfiles = pgTable("passenger_profiles", {
  userId: text("user_id").primaryKey(),
  passportNumber: text("passport_number"),
  dateOfBirth: text("date_of_birth"),
  loyaltyTier: text("loyalty_tier").default("standard").notNull(),
  marketingOptIn: boolean("marketing_opt_in").default(false).notNull(),
  resetToken: text("reset_token"),
});

export const pets = pgTable("pets", {
  id: text("id").primaryKey(),
  bookingId: text("booking_id").notNull(),
  species: text("species").notNull(),
  weightKg: integer("weight_kg").notNull(),
});
