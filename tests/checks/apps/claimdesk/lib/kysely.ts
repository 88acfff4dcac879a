import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

interface ReserveHistoryTable {
  id: string;
  tenant_id: string;
  claim_id: string;
  changed_by: string;
  old_cents: number;
  new_cents: number;
  reason: string;
}

interface Database {
  reserve_history: ReserveHistoryTable;
}

export const kdb = new Kysely<Database>({
  dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }),
});
