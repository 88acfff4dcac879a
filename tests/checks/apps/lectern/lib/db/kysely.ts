import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

interface Database {
  cohorts: { id: string; course_id: string; name: string; starts_at: Date; capacity: number; school_id: string };
  cohort_members: { cohort_id: string; user_id: string; role: string };
  assignments: { id: string; cohort_id: string; title: string; due_at: Date; rubric: unknown };
  regrade_requests: { id: string; submission_id: string; user_id: string; reason: string; status: string };
}

export const kdb = new Kysely<Database>({
  dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }),
});
