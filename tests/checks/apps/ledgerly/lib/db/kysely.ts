import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "@neondatabase/serverless";
import type { DB } from "./schema";

const globalForDb = globalThis as unknown as { kysely?: Kysely<DB> };

export const db =
  globalForDb.kysely ??
  new Kysely<DB>({
    dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL, max: 5 }) }),
  });

if (process.env.NODE_ENV !== "production") globalForDb.kysely = db;
