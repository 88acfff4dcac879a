import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

interface BillingTables {
  subscriptions: {
    id: string;
    org_id: string;
    plan: string;
    status: string;
    stripe_subscription_id: string;
    current_period_end: Date;
  };
  invoices: {
    id: string;
    org_id: string;
    amount_cents: number;
    status: string;
    created_at: Date;
  };
}

export const billingDb = new Kysely<BillingTables>({
  dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }),
});
