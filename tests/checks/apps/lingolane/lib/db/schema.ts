import { pgTable, text, timestamp, integer, boolean } from "drizzle-orm/pg-core";

// Agency-side tables (migrated from the old "agency-portal" service).
export const agencies = pgTable("agencies", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  clerkOrgId: text("clerk_org_id").notNull(),
  payoutAccountId: text("payout_account_id"),
  webhookSecret: text("webhook_secret"),
});

export const agencyLinguists = pgTable("agency_linguists", {
  id: text("id").primaryKey(),
  agencyId: text("agency_id").notNull(),
  userId: text("user_id").notNull(),
  displayName: text("display_name").notNull(),
  languages: text("languages").notNull(),
  ratePerWord: integer("rate_per_word"),
  role: text("role").notNull().default("linguist"),
  active: boolean("active").notNull().default(true),
  taxId: text("tax_id"),
  bankIban: text("bank_iban"),
});

export const agencyAssignments = pgTable("agency_assignments", {
  id: text("id").primaryKey(),
  agencyId: text("agency_id").notNull(),
  linguistId: text("linguist_id").notNull(),
  jobId: text("job_id").notNull(),
  dueAt: timestamp("due_at"),
  status: text("status").notNull().default("assigned"),
});
