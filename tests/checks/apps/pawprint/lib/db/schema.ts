import { pgTable, text, timestamp, integer, boolean, jsonb } from "drizzle-orm/pg-core";

export const availabilitySlots = pgTable("availability_slots", {
  id: text("id").primaryKey(),
  sitterId: text("sitter_id").notNull(),
  weekday: integer("weekday").notNull(),
  startMinute: integer("start_minute").notNull(),
  endMinute: integer("end_minute").notNull(),
  serviceKind: text("service_kind").notNull(),
  createdAt: timestamp("created_at").defaultNow(),
});

export const agencyWebhooks = pgTable("agency_webhooks", {
  id: text("id").primaryKey(),
  agencyId: text("agency_id").notNull(),
  url: text("url").notNull(),
  secret: text("secret").notNull(),
  events: jsonb("events").$type<string[]>().notNull(),
  active: boolean("active").default(true),
});

export const walkPhotos = pgTable("walk_photos", {
  id: text("id").primaryKey(),
  walkId: text("walk_id").notNull(),
  sitterId: text("sitter_id").notNull(),
  url: text("url").notNull(),
  caption: text("caption"),
  takenAt: timestamp("taken_at").defaultNow(),
});

export const sitterDocuments = pgTable("sitter_documents", {
  id: text("id").primaryKey(),
  sitterId: text("sitter_id").notNull(),
  kind: text("kind").notNull(),
  storageKey: text("storage_key").notNull(),
  idNumber: text("id_number"),
  verificationToken: text("verification_token"),
});
