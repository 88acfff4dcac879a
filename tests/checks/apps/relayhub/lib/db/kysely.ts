import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

interface GrantTable {
  id: string;
  charity_id: string;
  funder: string;
  amount_pence: number;
  restricted: boolean;
  report_due: Date | null;
  notes: string | null;
}

interface GrantReportTable {
  id: string;
  grant_id: string;
  charity_id: string;
  due_at: Date;
  submitted_at: Date | null;
  body: string | null;
}

export interface KyselyDB {
  grants: GrantTable;
  grant_reports: GrantReportTable;
}

export const kdb = new Kysely<KyselyDB>({
  dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }),
});
