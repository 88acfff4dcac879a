import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

interface LedgerTable { id: string; network_id: string; sku: string; delta: number; reason: string; created_by: string }
interface DB { inventory_ledger: LedgerTable }

export const kdb = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }) });
