import { drizzle } from "drizzle-orm/node-postgres";
import { drizzle as drizzleSqlite } from "drizzle-orm/better-sqlite3";
import Database from "better-sqlite3";
import * as schema from "./schema";

export const db = drizzle(process.env.DATABASE_URL!, { schema });
// Local cache of KB search index (sqlite, rebuilt nightly)
export const kbIndex = drizzleSqlite(new Database(process.env.KB_INDEX_PATH ?? "kb.sqlite"));
export * from "./schema";
