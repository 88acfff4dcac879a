import { pgTable, text, integer, timestamp, boolean } from "drizzle-orm/pg-core";

// Drizzle tables: tasting-room reservations and public events (migrated from Prisma in 2025).
export const tastingSlots = pgTable("tasting_slots", {
  id: text("id").primaryKey(),
  wineryId: text("winery_id").notNull(),
  startsAt: timestamp("starts_at").notNull(),
  seats: integer("seats").notNull(),
});

export const reservations = pgTable("reservations", {
  id: text("id").primaryKey(),
  wineryId: text("winery_id").notNull(),
  slotId: text("slot_id").notNull(),
  userId: text("user_id"),
  guestName: text("guest_name").notNull(),
  guestEmail: text("guest_email").notNull(),
  phone: text("phone"),
  partySize: integer("party_size").notNull(),
  status: text("status").notNull().default("booked"),
  depositIntentId: text("deposit_intent_id"),
  internalNotes: text("internal_notes"),
  createdAt: timestamp("created_at").defaultNow(),
});

export const eventRsvps = pgTable("event_rsvps", {
  id: text("id").primaryKey(),
  eventId: text("event_id").notNull(),
  email: text("email").notNull(),
  guests: integer("guests").notNull(),
  checkedIn: boolean("checked_in").default(false),
});

export const notificationPrefs = pgTable("notification_prefs", {
  userId: text("user_id").primaryKey(),
  email: boolean("email").default(true),
  sms: boolean("sms").default(false),
  phone: text("phone"),
});
