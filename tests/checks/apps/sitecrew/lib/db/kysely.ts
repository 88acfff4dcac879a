import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

interface PayAppTable {
  id: string;
  project_id: string;
  tenant_id: string;
  period: number;
  scheduled_value: string;
  work_completed: string;
  retainage: string;
  status: string;
}

interface RetainageLedgerTable {
  id: string;
  tenant_id: string;
  project_id: string;
  subcontractor_id: string;
  held: string;
  released: string;
}

export interface DB {
  pay_apps: PayAppTable;
  retainage_ledger: RetainageLedgerTable;
}

export const kdb = new Kysely<DB>({
  dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }),
});
