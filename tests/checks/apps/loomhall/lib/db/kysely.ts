import { Kysely, PostgresDialect, type Generated } from "kysely";
import { pool } from "@/lib/db/pg";

interface LedgerEntryTable {
  id: Generated<number>;
  studio_id: string;
  kind: "sale" | "payout" | "dues" | "refund" | "fee";
  amount_cents: number;
  reference: string | null;
  created_by: string;
  created_at: Generated<Date>;
}

interface PayoutTable {
  id: string;
  studio_id: string;
  amount_cents: number;
  status: "draft" | "approved" | "sent";
  iban: string;
  approved_by: string | null;
}

export interface LedgerDB {
  ledger_entries: LedgerEntryTable;
  payouts: PayoutTable;
}

export const ledgerDb = new Kysely<LedgerDB>({ dialect: new PostgresDialect({ pool }) });
