import postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import * as schema from "./schema";

const client = postgres(process.env.DATABASE_URL!, { max: 10 });

export const pg = client;
export const db = drizzle(client, { schema });
export * from "./schema";
