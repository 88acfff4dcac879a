import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

interface DB {
  gift_cards: { id: string; code: string; group_id: string; balance_cents: number; pin: string; purchaser_email: string };
  gift_card_ledger: { id: string; gift_card_id: string; delta_cents: number; actor_id: string | null; created_at: Date };
}

export const kdb = new Kysely<DB>({
  dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }),
});
