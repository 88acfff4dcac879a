import { drizzle } from "drizzle-orm/node-postgres";
import { pool } from "./pg";
import * as schema from "./schema";

export const db = drizzle(pool, { schema });
