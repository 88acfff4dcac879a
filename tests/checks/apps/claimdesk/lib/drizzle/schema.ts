import { pgTable, text, integer, timestamp, boolean } from "drizzle-orm/pg-core";

export const brokers = pgTable("brokers", {
  id: text("id").primaryKey(),
  tenantId: text("tenant_id").notNull(),
  name: text("name").notNull(),
  email: text("email").notNull(),
  licenseNumber: text("license_number"),
  commissionRate: integer("commission_rate").notNull().default(10),
  portalToken: text("portal_token"),
  active: boolean("active").default(true),
});

export const endorsements = pgTable("endorsements", {
  id: text("id").primaryKey(),
  tenantId: text("tenant_id").notNull(),
  policyId: text("policy_id").notNull(),
  kind: text("kind").notNull(),
  premiumDeltaCents: integer("premium_delta_cents").notNull(),
  status: text("status").notNull().default("pending"),
  requestedBy: text("requested_by").notNull(),
  createdAt: timestamp("created_at").defaultNow(),
});

export const siuReferrals = pgTable("siu_referrals", {
  id: text("id").primaryKey(),
  tenantId: text("tenant_id").notNull(),
  claimId: text("claim_id").notNull(),
  reason: text("reason").notNull(),
  investigatorId: text("investigator_id"),
  informantPhone: text("informant_phone"),
  status: text("status").notNull().default("open"),
});
