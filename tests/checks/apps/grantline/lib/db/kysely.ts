import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

interface DB {
  reports: { id: string; foundation_id: string; name: string; definition: unknown; created_by: string };
  applications: { id: string; foundation_id: string; status: string; requested_cents: number; title: string };
}

export const kdb = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }) });
