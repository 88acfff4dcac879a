import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import * as offline from "./offline-schema";

export const sqlite = new Database(process.env.SYNC_DB_PATH ?? "./data/sync.db");
export const offlineDb = drizzle(sqlite, { schema: offline });
