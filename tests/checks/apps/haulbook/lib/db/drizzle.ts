import { drizzle } from "drizzle-orm/node-postgres";
import { drizzle as drizzleSqlite } from "drizzle-orm/better-sqlite3";
import Database from "better-sqlite3";
import { pool } from "@/lib/db/pool";
import * as schema from "@/lib/db/schema";
import * as sqliteSchema from "@/lib/db/sqlite-schema";

export const db = drizzle(pool, { schema });

export const sqlite = new Database(process.env.EDGE_CACHE_PATH ?? "./edge-cache.db");
export const edgeDb = drizzleSqlite(sqlite, { schema: sqliteSchema });
