import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

interface DB {
  sitters: { id: string; user_id: string; agency_id: string | null; background_status: string; id_verified: boolean; slug: string; hourly_rate_cents: number; ssn_last4: string | null };
  agency_assignments: { id: string; agency_id: string; sitter_id: string; booking_id: string; assigned_by: string };
  memberships: { user_id: string; agency_id: string; role: string; active: boolean };
}

export const kdb = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }) });
