import { Kysely, PostgresDialect } from "kysely";
import { pool } from "./pg";

interface DB {
  tickets: { id: string; workspace_id: string; subject: string; status: string; priority: string; assignee_id: string | null };
  customers: { id: string; workspace_id: string; email: string; name: string | null; portal_token: string | null };
  csat_surveys: { id: string; ticket_id: string; token_hash: string; rating: number | null; comment: string | null };
}

export const kdb = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
