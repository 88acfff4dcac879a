import { Kysely, PostgresDialect, type Generated } from "kysely";
import { Pool } from "pg";

interface PromoCodeTable {
  id: Generated<string>;
  studio_id: string;
  code: string;
  percent_off: number;
  active: boolean;
  created_by: string;
}

interface AuditLogTable {
  id: Generated<string>;
  actor_id: string | null;
  studio_id: string | null;
  action: string;
  target: string | null;
  created_at: Generated<Date>;
}

interface GiftCardTable {
  id: Generated<string>;
  studio_id: string;
  code: string;
  balance: number;
  owner_id: string | null;
}

export interface DB {
  promo_codes: PromoCodeTable;
  audit_logs: AuditLogTable;
  gift_cards: GiftCardTable;
}

export const kdb = new Kysely<DB>({
  dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }),
});
