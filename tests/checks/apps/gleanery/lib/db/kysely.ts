import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

export interface ReportDB {
  donations: { id: string; pantry_id: string; amount_cents: number; created_at: Date; donor_id: string | null };
  lots: { id: string; pantry_id: string; sku: string; quantity: number; expires_on: Date | null; status: string };
  pickups: { id: string; driver_id: string; store_id: string; pantry_id: string; weight_kg: number; logged_at: Date };
}

export const pool = new Pool({ connectionString: process.env.REPORTS_DATABASE_URL });

export const kdb = new Kysely<ReportDB>({ dialect: new PostgresDialect({ pool }) });
