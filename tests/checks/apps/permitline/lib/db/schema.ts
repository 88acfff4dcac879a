import { pgTable, text, timestamp, boolean, integer, uuid, jsonb } from "drizzle-orm/pg-core";

export const inspectionSlots = pgTable("inspection_slots", {
  id: uuid("id").primaryKey().defaultRandom(),
  municipalityId: text("municipality_id").notNull(),
  inspectorId: text("inspector_id").notNull(),
  startsAt: timestamp("starts_at").notNull(),
  capacity: integer("capacity").notNull().default(1),
  booked: integer("booked").notNull().default(0),
});

export const inspectionRequests = pgTable("inspection_requests", {
  id: uuid("id").primaryKey().defaultRandom(),
  permitId: text("permit_id").notNull(),
  slotId: uuid("slot_id").notNull(),
  requestedBy: text("requested_by").notNull(),
  contactPhone: text("contact_phone"),
  accessNotes: text("access_notes"),
  lockboxCode: text("lockbox_code"),
  cancelled: boolean("cancelled").notNull().default(false),
});

export const deviceTokens = pgTable("device_tokens", {
  id: uuid("id").primaryKey().defaultRandom(),
  userId: text("user_id").notNull(),
  platform: text("platform").notNull(),
  token: text("token").notNull(),
  pushEndpoint: text("push_endpoint"),
  createdAt: timestamp("created_at").defaultNow(),
});

export const contractorLicenses = pgTable("contractor_licenses", {
  id: uuid("id").primaryKey().defaultRandom(),
  contractorId: text("contractor_id").notNull(),
  ownerId: text("owner_id").notNull(),
  trade: text("trade").notNull(),
  number: text("number").notNull(),
  verified: boolean("verified").notNull().default(false),
  stateLookupToken: text("state_lookup_token"),
  expiresOn: timestamp("expires_on"),
});

export const feeSchedules = pgTable("fee_schedules", {
  id: uuid("id").primaryKey().defaultRandom(),
  municipalityId: text("municipality_id").notNull(),
  permitType: text("permit_type").notNull(),
  formula: jsonb("formula").notNull(),
  active: boolean("active").notNull().default(true),
});
