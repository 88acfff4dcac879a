import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import * as schema from "./sqlite-schema";

export const sqlite = new Database(process.env.SQLITE_PATH ?? "./data/cache.db");
export const localDb = drizzle(sqlite, { schema });
