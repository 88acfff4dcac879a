import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

interface DB {
  tips_pools: { id: string; employer_id: string; location_id: string; business_date: string; total_cents: number };
  tip_allocations: { id: string; pool_id: string; employee_id: string; cents: number };
}

export const kdb = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }) });
