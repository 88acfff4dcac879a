import { drizzle } from "drizzle-orm/node-postgres";
import { pool } from "@/lib/db/pg";
import * as schema from "@/lib/db/schema";

// Equipment booking moved to drizzle in the 2025 rewrite (shares the pg pool).
export const db = drizzle(pool, { schema });
