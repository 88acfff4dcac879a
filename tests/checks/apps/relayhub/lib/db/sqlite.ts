import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import * as kiosk from "./kiosk-schema";

export const sqlite = new Database(process.env.KIOSK_DB_PATH ?? "./kiosk.db");
export const kioskDb = drizzle(sqlite, { schema: kiosk });
