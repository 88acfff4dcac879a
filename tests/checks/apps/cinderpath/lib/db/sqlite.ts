import Database from "better-sqlite3";

// Local staging database for raw chip reads before they are reconciled into Postgres.
export const stagingDb = new Database(process.env.CHIP_STAGING_PATH ?? "./chip-staging.db");
stagingDb.pragma("journal_mode = WAL");

export const READS_TABLE = "chip_reads";
