import Database from "better-sqlite3";

// Local telemetry cache on the station server (instrument readings before sync).
export const telemetry = new Database(process.env.TELEMETRY_DB ?? "/var/lib/saltmarsh/telemetry.db");
telemetry.pragma("journal_mode = WAL");
