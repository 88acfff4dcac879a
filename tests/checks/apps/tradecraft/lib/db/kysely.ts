import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

interface ReportingDB {
  otj_logs: { id: string; org_id: string; apprentice_id: string; minutes: number; approved: boolean };
  apprentices: { id: string; org_id: string; first_name: string; last_name: string; status: string; employer_id: string | null };
  evidence: { id: string; org_id: string; apprentice_id: string; status: string };
}

export const pool = new Pool({ connectionString: process.env.REPORTING_DATABASE_URL });
export const kdb = new Kysely<ReportingDB>({ dialect: new PostgresDialect({ pool }) });
