import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";

// Read replica synced nightly for reports.
export const sqlite = new Database(process.env.REPORTS_DB_PATH ?? "./reports.db", { readonly: true });
export const reportsDb = drizzle(sqlite);
