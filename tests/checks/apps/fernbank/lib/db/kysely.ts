import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

interface Database {
  announcements: { id: string; garden_id: string; author_id: string; title: string; body: string; pinned: boolean; created_at: Date };
  member_directory: { user_id: string; garden_id: string; display_name: string; phone: string | null; show_phone: boolean };
}

export const kdb = new Kysely<Database>({
  dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }),
});
