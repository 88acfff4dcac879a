import { boolean, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

// Door-scanner devices and seat holds live in the check-in database (Drizzle), not in Prisma.

export const doorDevices = pgTable(
  "door_devices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: text("event_id").notNull(),
    organiserId: text("organiser_id").notNull(),
    label: text("label").notNull(),
    tokenHash: text("token_hash"),
    pairingPin: text("pairing_pin"),
    pairedAt: timestamp("paired_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("door_devices_event_idx").on(t.eventId)],
);

export const scanEvents = pgTable("scan_events", {
  id: uuid("id").primaryKey().defaultRandom(),
  ticketId: text("ticket_id").notNull(),
  eventId: text("event_id").notNull(),
  deviceId: uuid("device_id").notNull(),
  result: text("result", { enum: ["admitted", "duplicate", "invalid"] }).notNull(),
  scannedAt: timestamp("scanned_at", { withTimezone: true }).defaultNow().notNull(),
});

export const seatHolds = pgTable("seat_holds", {
  id: uuid("id").primaryKey().defaultRandom(),
  eventId: text("event_id").notNull(),
  seatLabel: text("seat_label").notNull(),
  holdToken: text("hold_token").notNull(),
  buyerEmail: text("buyer_email"),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
});

export const payoutAccounts = pgTable("payout_accounts", {
  id: uuid("id").primaryKey().defaultRandom(),
  organiserId: text("organiser_id").notNull().unique(),
  accountHolder: text("account_holder").notNull(),
  accountNumber: text("account_number").notNull(),
  routingNumber: text("routing_number").notNull(),
  iban: text("iban"),
  verified: boolean("verified").default(false).notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow().notNull(),
});

export type DoorDevice = typeof doorDevices.$inferSelect;
export type PayoutAccount = typeof payoutAccounts.$inferSelect;
