import { pgTable, text, integer, timestamp, boolean, numeric } from "drizzle-orm/pg-core";

// Boatyard module (acquired "YardDesk" product), migrated onto Drizzle.
export const yardUsers = pgTable("yard_users", {
  id: text("id").primaryKey(),
  marinaId: text("marina_id").notNull(),
  email: text("email").notNull().unique(),
  hashedPassword: text("hashed_password").notNull(),
  yardRole: text("yard_role").notNull().default("mechanic"),
  hourlyRateCents: integer("hourly_rate_cents"),
});

export const yardSessions = pgTable("yard_sessions", {
  id: text("id").primaryKey(),
  userId: text("user_id").notNull().references(() => yardUsers.id),
  expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
});

export const workOrders = pgTable("work_orders", {
  id: text("id").primaryKey(),
  marinaId: text("marina_id").notNull(),
  vesselId: text("vessel_id").notNull(),
  title: text("title").notNull(),
  description: text("description"),
  status: text("status").notNull().default("open"),
  assignedTo: text("assigned_to"),
  haulOutAt: timestamp("haul_out_at"),
  laborMinutes: integer("labor_minutes").default(0),
  approved: boolean("approved").default(false),
  quoteCents: integer("quote_cents"),
  internalCostCents: integer("internal_cost_cents"),
});

export const parts = pgTable("parts", {
  id: text("id").primaryKey(),
  marinaId: text("marina_id").notNull(),
  sku: text("sku").notNull(),
  name: text("name").notNull(),
  unitCostCents: integer("unit_cost_cents").notNull(),
  unitPriceCents: integer("unit_price_cents").notNull(),
  stock: integer("stock").notNull().default(0),
  supplierApiToken: text("supplier_api_token"),
});

export const workOrderParts = pgTable("work_order_parts", {
  id: text("id").primaryKey(),
  workOrderId: text("work_order_id").notNull(),
  partId: text("part_id").notNull(),
  quantity: numeric("quantity").notNull(),
});

export const yardInvoices = pgTable("yard_invoices", {
  id: text("id").primaryKey(),
  marinaId: text("marina_id").notNull(),
  workOrderId: text("work_order_id").notNull(),
  totalCents: integer("total_cents").notNull(),
  status: text("status").notNull().default("draft"),
});
