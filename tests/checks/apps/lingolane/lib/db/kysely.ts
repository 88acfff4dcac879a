import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

interface PayoutTable {
  id: string;
  user_id: string;
  amount_cents: number;
  status: string;
  stripe_transfer_id: string | null;
  created_at: Date;
}

interface Database {
  payouts: PayoutTable;
}

export const kdb = new Kysely<Database>({
  dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }),
});
