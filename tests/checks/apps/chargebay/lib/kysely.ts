import { Kysely, PostgresDialect, type Generated } from "kysely";
import { Pool } from "pg";

interface LoadGroupTable {
  id: Generated<string>;
  tenant_id: string;
  site_id: string;
  name: string;
  max_amps: number;
  strategy: "equal" | "fifo" | "priority";
  utility_account_ref: string | null;
}

interface DrEventTable {
  id: Generated<string>;
  tenant_id: string;
  load_group_id: string;
  external_id: string;
  starts_at: Date;
  ends_at: Date;
  reduction_kw: number;
  status: "PENDING" | "ACKNOWLEDGED" | "OPTED_OUT" | "ACTIVE" | "DONE";
}

interface ChargerLimitTable {
  charger_id: string;
  tenant_id: string;
  max_amps: number;
  updated_by: string;
}

export interface EnergyDatabase {
  load_groups: LoadGroupTable;
  dr_events: DrEventTable;
  charger_limits: ChargerLimitTable;
}

export const kdb = new Kysely<EnergyDatabase>({
  dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL, max: 4 }) }),
});
