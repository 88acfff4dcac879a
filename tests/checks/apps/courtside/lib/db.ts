import { drizzle } from "drizzle-orm/node-postgres";
import * as schema from "@/db/schema";
import { pool } from "@/lib/pg";

export const db = drizzle(pool, { schema });
