import { Kysely, PostgresDialect } from "kysely";
import { pool } from "./pg";

interface PermitDocsTable {
  id: string;
  org_id: string;
  permit_id: string;
  file_url: string;
  uploaded_by: string;
}

interface WeatherHoldsTable {
  id: string;
  trip_id: string;
  org_id: string;
  reason: string;
  created_at: Date;
}

export interface KyselyDB {
  permit_docs: PermitDocsTable;
  weather_holds: WeatherHoldsTable;
}

export const kdb = new Kysely<KyselyDB>({ dialect: new PostgresDialect({ pool }) });
