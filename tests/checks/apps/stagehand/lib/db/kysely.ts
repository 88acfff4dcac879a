import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";
import type { DB } from "./types";

export const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

export const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
