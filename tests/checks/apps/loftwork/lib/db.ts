import "server-only";
import { createPool } from "mysql2";
import { Kysely, MysqlDialect } from "kysely";
import type { DB } from "./db-types";

const basePool = createPool({
  uri: process.env.DATABASE_URL,
  connectionLimit: 10,
  timezone: "Z",
});

export const db = new Kysely<DB>({
  dialect: new MysqlDialect({ pool: basePool }),
});

// Promise pool for hand-written report queries.
export const pool = basePool.promise();
