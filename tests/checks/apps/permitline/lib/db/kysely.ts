import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

interface Database {
  permits: { id: string; number: string; municipality_id: string; type: string; status: string; address: string; valuation: number; created_at: Date };
  fees: { id: string; permit_id: string; code: string; amount: number; paid_at: Date | null };
  inspections: { id: string; permit_id: string; kind: string; result: string | null; scheduled_for: Date; inspector_id: string | null };
}

export const kdb = new Kysely<Database>({
  dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }),
});
