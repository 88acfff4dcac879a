import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

interface Database {
  orders: { id: string; user_id: string; organizer_id: string; event_id: string; total_cents: number; status: string; created_at: Date };
  tickets: { id: string; order_id: string; owner_id: string; event_id: string; status: string; qr_secret: string };
  settlements: { id: string; organizer_id: string; artist_id: string; event_id: string; gross_cents: number; artist_share: number; status: string };
}

export const kdb = new Kysely<Database>({
  dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }),
});
