import { Kysely, PostgresDialect } from "kysely";
import { pool } from "@/lib/db/pool";

interface ReportDB {
  loads: { id: string; tenant_id: string; status: string; rate_cents: number; origin: string; destination: string };
  invoices: { id: string; tenant_id: string; amount: number; status: string };
}

export const kdb = new Kysely<ReportDB>({ dialect: new PostgresDialect({ pool }) });
