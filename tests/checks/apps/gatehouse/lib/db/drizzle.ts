import postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import * as schema from "./schema";

// postgres.js client for the check-in database, shared by Drizzle and the hand-written report queries.
export const sql = postgres(process.env.CHECKIN_DATABASE_URL!, {
  max: 10,
  idle_timeout: 20,
  prepare: false,
});

export const db = drizzle(sql, { schema });
export { schema };
