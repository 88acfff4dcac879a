import { Kysely } from "kysely";
import { PostgresJSDialect } from "kysely-postgres-js";
import postgres from "postgres";

interface ReportingDB {
  declarations: { id: string; importer_id: string; status: string; duty_total: string; origin_country: string; created_at: Date };
  line_items: { id: string; declaration_id: string; importer_id: string; hs_code: string | null; quantity: number; unit_value: string };
  payments: { id: string; importer_id: string; amount: number; status: string; paid_at: Date | null };
}

export const reportingDb = new Kysely<ReportingDB>({
  dialect: new PostgresJSDialect({ postgres: postgres(process.env.REPORTING_DATABASE_URL!, { max: 4 }) }),
});
