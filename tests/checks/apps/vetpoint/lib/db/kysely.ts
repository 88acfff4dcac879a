import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

interface LabResultTable {
  id: string;
  clinic_id: string;
  pet_id: string;
  lab_ref: string;
  panel: string;
  payload: unknown;
  flagged: boolean;
  received_at: Date;
  reviewed_by: string | null;
}

interface LabDB {
  lab_results: LabResultTable;
}

export const labDb = new Kysely<LabDB>({
  dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.LAB_DATABASE_URL }) }),
});
