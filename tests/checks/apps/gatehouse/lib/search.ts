import "server-only";
import { sql as ksql } from "kysely";
import { kdb, knex, warehouse } from "@/lib/db/reporting";
import { QueryTypes } from "sequelize";

const SORTABLE = { created: "created_at", total: "total_cents", name: "buyer_name" } as const;
export type SortKey = keyof typeof SORTABLE;

export async function ordersSorted(eventId: string, sort: SortKey, desc: boolean) {
  const column = SORTABLE[sort] ?? "created_at";
  return kdb
    .selectFrom("orders")
    .select(["id", "buyer_name", "total_cents", "status", "created_at"])
    .where("event_id", "=", eventId)
    // ok: sql-injection
    .orderBy(ksql.raw(`${column} ${desc ? "desc" : "asc"}`))
    .limit(200)
    .execute();
}

export async function ordersFiltered(eventId: string, statusFilter: string) {
  return kdb
    .selectFrom("orders")
    .select(["id", "buyer_name", "total_cents", "status"])
    // ruleid: sql-injection
    .where(ksql.raw(`event_id = '${eventId}' AND status = '${statusFilter}'`))
    .execute();
}

export async function buyerLookup(organiserId: string, email: string) {
  // ruleid: sql-injection
  const result = await knex.raw(
    `select o.id, o.buyer_name, o.total_cents from orders o join events e on e.id = o.event_id
      where e.organiser_id = ? and lower(o.buyer_email) = '${email.toLowerCase()}'`,
    [organiserId],
  );
  return result.rows as { id: string; buyer_name: string; total_cents: number }[];
}

export async function buyerLookupSafe(organiserId: string, email: string) {
  // ok: sql-injection
  const result = await knex.raw(
    "select o.id, o.buyer_name, o.total_cents from orders o join events e on e.id = o.event_id where e.organiser_id = ? and lower(o.buyer_email) = lower(?)",
    [organiserId, email],
  );
  return result.rows as { id: string; buyer_name: string; total_cents: number }[];
}

export async function payoutLedger(organiserId: string, fromIso: string) {
  // ruleid: sql-injection
  return warehouse.query(
    "SELECT payout_id, amount_cents, currency, paid_at FROM payout_ledger WHERE organiser_id = '" +
      organiserId +
      "' AND paid_at >= '" +
      fromIso +
      "' ORDER BY paid_at DESC",
    { type: QueryTypes.SELECT },
  );
}

export async function payoutLedgerSafe(organiserId: string, fromIso: string) {
  // ok: sql-injection
  return warehouse.query(
    "SELECT payout_id, amount_cents, currency, paid_at FROM payout_ledger WHERE organiser_id = :organiserId AND paid_at >= :from ORDER BY paid_at DESC",
    { replacements: { organiserId, from: fromIso }, type: QueryTypes.SELECT },
  );
}
