import "server-only";
import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

type Database = {
  invoices: { id: string; team_id: string; customer_id: string; amount_cents: number; created_at: Date; status: string };
};

export const pool = new Pool({ connectionString: process.env.DATABASE_URL });
export const kdb = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
