import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

interface PriceTable { id: string; crop: string; market: string; price_per_kg: number; observed_at: Date }
interface ShareTxTable { id: string; coop_id: string; member_id: string; amount: number; kind: string; created_at: Date }
interface DB { market_prices: PriceTable; share_transactions: ShareTxTable }

export const kdb = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }) });
