import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

interface DB {
  users: { id: string; email: string; name: string | null; role: string; password_hash: string | null };
  memberships: { id: string; user_id: string; tenant_id: string; role: string };
  benches: { id: string; room: string; label: string; tenant_id: string | null };
  bench_bookings: { id: string; bench_id: string; user_id: string; tenant_id: string; day: string; status: string };
  instruments: { id: string; name: string; bench_id: string };
  sessions: { id: string; user_id: string; expires_at: Date };
}

export const kdb = new Kysely<DB>({
  dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }),
});
