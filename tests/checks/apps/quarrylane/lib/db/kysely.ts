import { Kysely, PostgresDialect } from "kysely";
import { pool } from "./pg";

interface DB {
  maintenance_tasks: { id: string; machine_id: string; company_id: string; title: string; due_at: Date; assignee_id: string | null; done: boolean };
  depot_hours: { id: string; depot_id: string; weekday: number; opens: string; closes: string };
}

export const kdb = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
