import Database from "better-sqlite3";

// kiosk-local cache of the menu + clock-in pins
export const kioskDb = new Database(process.env.KIOSK_DB_PATH ?? "./kiosk.db");
kioskDb.pragma("journal_mode = WAL");
