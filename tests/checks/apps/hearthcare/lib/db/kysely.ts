import { Kysely, PostgresDialect, Generated } from "kysely";
import { Pool } from "pg";

// Caregiver app database (Lucia sessions live here too).
export interface CaregiverDB {
  caregiver_users: { id: string; email: string; password_hash: string; agency_id: string; caregiver_id: string; pin_hash: string | null };
  caregiver_sessions: { id: string; user_id: string; expires_at: Date };
  device_tokens: { id: Generated<number>; user_id: string; token: string; platform: string; created_at: Generated<Date> };
  visits: { id: string; shift_id: string; caregiver_id: string; client_id: string; agency_id: string; checkin_at: Date | null; checkout_at: Date | null; checkin_lat: number | null; checkin_lng: number | null; notes: string | null };
  shifts: { id: string; caregiver_id: string; client_id: string; agency_id: string; starts_at: Date; ends_at: Date; status: string };
  availability: { id: Generated<number>; caregiver_id: string; weekday: number; start_minute: number; end_minute: number };
}

export const pool = new Pool({ connectionString: process.env.CAREGIVER_DATABASE_URL });
export const kdb = new Kysely<CaregiverDB>({ dialect: new PostgresDialect({ pool }) });
