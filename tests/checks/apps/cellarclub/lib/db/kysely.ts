import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

interface PriceListTable { id: string; winery_id: string; distributor_id: string | null; name: string; discount_pct: number }
interface PriceListItemTable { id: string; price_list_id: string; wine_id: string; case_price_cents: number }
export interface WholesaleDB { price_lists: PriceListTable; price_list_items: PriceListItemTable }

export const kdb = new Kysely<WholesaleDB>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }) });
