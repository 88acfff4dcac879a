import "server-only";
import { Kysely, PostgresDialect } from "kysely";
import { pool } from "./pool";
import type { Database } from "./types";

export const db = new Kysely<Database>({
  dialect: new PostgresDialect({ pool }),
});

export { sql } from "kysely";
