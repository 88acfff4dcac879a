import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

interface Database {
  loyalty_ledger: { id: string; user_id: string; delta: number; reason: string; created_at: Date };
  partner_bookings: { id: string; partner_id: string; booking_id: string; commission_cents: number };
}

export const kdb = new Kysely<Database>({
  dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }),
});
