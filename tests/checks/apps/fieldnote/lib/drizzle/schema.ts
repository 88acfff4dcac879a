import { mysqlTable, varchar, int, datetime, json, boolean, index } from "drizzle-orm/mysql-core";

export const invoices = mysqlTable(
  "invoices",
  {
    id: varchar("id", { length: 32 }).primaryKey(),
    workspaceId: varchar("workspace_id", { length: 32 }).notNull(),
    customerId: varchar("customer_id", { length: 32 }).notNull(),
    jobId: varchar("job_id", { length: 32 }),
    number: varchar("number", { length: 24 }).notNull(),
    status: varchar("status", { length: 16 }).notNull().default("draft"),
    totalCents: int("total_cents").notNull().default(0),
    paidCents: int("paid_cents").notNull().default(0),
    stripePaymentIntent: varchar("stripe_payment_intent", { length: 64 }),
    paymentLinkSecret: varchar("payment_link_secret", { length: 64 }),
    dueAt: datetime("due_at"),
    createdAt: datetime("created_at").notNull(),
  },
  (t) => [index("invoices_ws_idx").on(t.workspaceId)],
);

export const invoiceLines = mysqlTable("invoice_lines", {
  id: varchar("id", { length: 32 }).primaryKey(),
  invoiceId: varchar("invoice_id", { length: 32 }).notNull(),
  description: varchar("description", { length: 255 }).notNull(),
  quantity: int("quantity").notNull().default(1),
  unitCents: int("unit_cents").notNull(),
});

export const billingAccounts = mysqlTable("billing_accounts", {
  workspaceId: varchar("workspace_id", { length: 32 }).primaryKey(),
  plan: varchar("plan", { length: 16 }).notNull().default("free"),
  credits: int("credits").notNull().default(0),
  stripeCustomerId: varchar("stripe_customer_id", { length: 64 }),
  taxId: varchar("tax_id", { length: 32 }),
  autoCharge: boolean("auto_charge").notNull().default(false),
});

export const auditEvents = mysqlTable("audit_events", {
  id: int("id").autoincrement().primaryKey(),
  workspaceId: varchar("workspace_id", { length: 32 }),
  actorId: varchar("actor_id", { length: 64 }),
  action: varchar("action", { length: 64 }).notNull(),
  target: varchar("target", { length: 64 }),
  meta: json("meta"),
  createdAt: datetime("created_at").notNull(),
});
