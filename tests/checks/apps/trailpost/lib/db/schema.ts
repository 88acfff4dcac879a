import { pgTable, text, integer, timestamp, boolean } from "drizzle-orm/pg-core";

export const gearItems = pgTable("gear_items", {
  id: text("id").primaryKey(),
  orgId: text("org_id").notNull(),
  name: text("name").notNull(),
  category: text("category").notNull(), // kayak | paddle | pack | boots
  dailyRateCents: integer("daily_rate_cents").notNull(),
  stock: integer("stock").notNull().default(0),
  supplierCostCents: integer("supplier_cost_cents"),
});

export const gearRentals = pgTable("gear_rentals", {
  id: text("id").primaryKey(),
  orgId: text("org_id").notNull(),
  itemId: text("item_id").notNull(),
  userId: text("user_id").notNull(),
  bookingId: text("booking_id"),
  days: integer("days").notNull(),
  depositCents: integer("deposit_cents").notNull(),
  returned: boolean("returned").notNull().default(false),
  createdAt: timestamp("created_at").defaultNow(),
});

export const tripAlerts = pgTable("trip_alerts", {
  id: text("id").primaryKey(),
  orgId: text("org_id").notNull(),
  tripId: text("trip_id").notNull(),
  channel: text("channel").notNull(), // sms | email
  body: text("body").notNull(),
  sentAt: timestamp("sent_at"),
  createdBy: text("created_by").notNull(),
});

export const alertSubscriptions = pgTable("alert_subscriptions", {
  id: text("id").primaryKey(),
  userId: text("user_id").notNull(),
  phone: text("phone"),
  email: text("email"),
  unsubscribeToken: text("unsubscribe_token").notNull(),
});
