import postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import * as schema from "./schema";

// postgres.js client: the `sql` tag is parameterised; `sql.unsafe` is not.
export const sql = postgres(process.env.DATABASE_URL!, { max: 10 });
export const db = drizzle(sql, { schema });
export * from "./schema";
