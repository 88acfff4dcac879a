import { drizzle } from "drizzle-orm/node-postgres";
import { Pool } from "pg";
import * as schema from "./yard-schema";

export const ydb = drizzle(new Pool({ connectionString: process.env.DATABASE_URL, max: 5 }), { schema });
