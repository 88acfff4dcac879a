import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

interface DB {
  scorecards: { id: string; interview_id: string; author_id: string; rating: number; notes: string; submitted_at: Date | null };
  interviews: { id: string; application_id: string; interviewer_id: string; company_id: string; scheduled_at: Date };
}

export const kdb = new Kysely<DB>({
  dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }),
});
