import { pgTable, text, integer, timestamp, boolean } from "drizzle-orm/pg-core";

export const equipment = pgTable("equipment", {
  id: text("id").primaryKey(),
  studioId: text("studio_id").notNull(),
  name: text("name").notNull(),
  kind: text("kind").notNull(), // kiln | loom | laser | press
  hourlyCents: integer("hourly_cents").notNull().default(0),
  requiresInduction: boolean("requires_induction").notNull().default(false),
  kioskPin: text("kiosk_pin"),
  maintenanceNotes: text("maintenance_notes"),
});

export const bookings = pgTable("bookings", {
  id: text("id").primaryKey(),
  equipmentId: text("equipment_id").notNull(),
  memberId: text("member_id").notNull(),
  studioId: text("studio_id").notNull(),
  startsAt: timestamp("starts_at").notNull(),
  endsAt: timestamp("ends_at").notNull(),
  status: text("status").notNull().default("pending"),
  approvedBy: text("approved_by"),
  notes: text("notes"),
  firingProgram: text("firing_program"),
});

export const inductions = pgTable("inductions", {
  id: text("id").primaryKey(),
  memberId: text("member_id").notNull(),
  equipmentId: text("equipment_id").notNull(),
  signedOffBy: text("signed_off_by").notNull(),
  createdAt: timestamp("created_at").defaultNow(),
});
