import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

interface DB {
  deadlines: { id: string; firm_id: string; matter_id: string; title: string; due_at: Date; completed: boolean };
  court_rules: { id: string; jurisdiction: string; trigger: string; days: number };
  reminders: { id: string; deadline_id: string; user_id: string; channel: string; sent_at: Date | null };
}

export const kdb = new Kysely<DB>({
  dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }),
});
