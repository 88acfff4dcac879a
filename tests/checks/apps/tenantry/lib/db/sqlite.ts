import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { sqliteTable, text, integer } from "drizzle-orm/sqlite-core";

/** Local ledger cache for the bank-feed importer. */
export const ledger = new Database(process.env.LEDGER_PATH ?? "./data/ledger.db");
ledger.pragma("journal_mode = WAL");

export const bankLines = sqliteTable("bank_lines", {
  id: text("id").primaryKey(),
  agencyId: text("agency_id").notNull(),
  reference: text("reference").notNull(),
  amountPence: integer("amount_pence").notNull(),
  matchedLeaseId: text("matched_lease_id"),
});

export const ledgerDb = drizzle(ledger, { schema: { bankLines } });
