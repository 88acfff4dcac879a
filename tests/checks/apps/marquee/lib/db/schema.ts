import { pgTable, text, integer, timestamp, jsonb, boolean } from "drizzle-orm/pg-core";

export const venues = pgTable("venues", {
  id: text("id").primaryKey(),
  organizerId: text("organizer_id").notNull(),
  name: text("name").notNull(),
  address: text("address").notNull(),
  capacity: integer("capacity").notNull(),
  seatingMap: jsonb("seating_map"),
  createdAt: timestamp("created_at").defaultNow(),
});

export const seatingSections = pgTable("seating_sections", {
  id: text("id").primaryKey(),
  venueId: text("venue_id").notNull(),
  label: text("label").notNull(),
  rows: integer("rows").notNull(),
  seatsPerRow: integer("seats_per_row").notNull(),
  accessible: boolean("accessible").default(false),
});

export const scannerDevices = pgTable("scanner_devices", {
  id: text("id").primaryKey(),
  organizerId: text("organizer_id").notNull(),
  name: text("name").notNull(),
  tokenHash: text("token_hash").notNull(),
  pairingCode: text("pairing_code"),
  lastSeenAt: timestamp("last_seen_at"),
});

export const webhookEndpoints = pgTable("webhook_endpoints", {
  id: text("id").primaryKey(),
  organizerId: text("organizer_id").notNull(),
  url: text("url").notNull(),
  signingSecret: text("signing_secret").notNull(),
  events: text("events").array(),
});
