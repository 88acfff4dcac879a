import "server-only";
import { sql } from "kysely";
import { kdb } from "@/lib/db/kysely";

const GROUPINGS = { day: "day", week: "week", month: "month" } as const;

export async function donationTotals(pantryId: string, grain: keyof typeof GROUPINGS) {
  const unit = GROUPINGS[grain] ?? "month";
  return kdb
    .selectFrom("donations")
    // ok: sql-injection
    .select([sql<string>`date_trunc(${sql.raw(`'${unit}'`)}, created_at)`.as("bucket"), sql<number>`sum(amount_cents)`.as("total")])
    .where("pantry_id", "=", pantryId)
    .groupBy("bucket")
    .execute();
}

export async function pickupsByStore(pantryId: string, from: string, to: string) {
  return kdb
    .selectFrom("pickups")
    .select(["store_id", sql<number>`sum(weight_kg)`.as("kg")])
    .where("pantry_id", "=", pantryId)
    // ok: sql-injection
    .where(sql<boolean>`logged_at between ${from} and ${to}`)
    .groupBy("store_id")
    .execute();
}

// Custom "filter builder" from the reports UI: the expression is typed by the coordinator
export async function lotsWithFilter(pantryId: string, filterExpr: string) {
  return kdb
    .selectFrom("lots")
    .select(["id", "sku", "quantity", "status"])
    .where("pantry_id", "=", pantryId)
    // ruleid: sql-injection
    .where(sql.raw<boolean>(`(${filterExpr})`))
    .execute();
}
