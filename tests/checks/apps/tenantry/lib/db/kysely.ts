import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

interface DB {
  statements: { id: string; agency_id: string; portfolio_id: string; period: string; total_pence: number; bank_account: string; created_at: Date };
  payouts: { id: string; agency_id: string; statement_id: string; amount_pence: number; sort_code: string; account_no: string; status: string };
}

export const kdb = new Kysely<DB>({
  dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }),
});
