import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

interface AdminDB {
  coops: { id: string; slug: string; name: string; suspended: boolean; payout_iban: string | null };
  users: { id: string; email: string; name: string | null; role: string; password_hash: string | null; two_factor_enabled: boolean };
  feature_flags: { key: string; enabled: boolean; coop_id: string | null };
  api_keys: { id: string; user_id: string; name: string; hashed_key: string; prefix: string; revoked_at: Date | null };
}

// The platform-admin console was written against Kysely before the Prisma migration finished.
export const adminDb = new Kysely<AdminDB>({
  dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }),
});
