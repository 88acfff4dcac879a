import "server-only";
import { sql } from "kysely";
import { ledgerDb } from "@/lib/db/kysely";

export async function studioBalance(studioId: string) {
  // ok: sql-injection
  const row = await sql<{ balance: number }>`SELECT COALESCE(SUM(amount_cents), 0) AS balance FROM ledger_entries WHERE studio_id = ${studioId}`.execute(ledgerDb);
  return row.rows[0]?.balance ?? 0;
}

export async function ledgerSorted(studioId: string, sortColumn: string) {
  return ledgerDb
    .selectFrom("ledger_entries")
    .select(["id", "kind", "amount_cents", "reference", "created_at"])
    .where("studio_id", "=", studioId)
    // ruleid: sql-injection
    .orderBy(sql.raw(`${sortColumn} desc`))
    .execute();
}

export async function addEntry(entry: { studioId: string; kind: "sale" | "payout" | "dues" | "refund" | "fee"; amountCents: number; reference?: string; createdBy: string }) {
  await ledgerDb
    .insertInto("ledger_entries")
    .values({ studio_id: entry.studioId, kind: entry.kind, amount_cents: entry.amountCents, reference: entry.reference ?? null, created_by: entry.createdBy })
    .execute();
}
