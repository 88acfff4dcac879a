import "server-only";
import { sql } from "@/lib/db/pg";

const SORTS = { expiry: "expires_on ASC NULLS LAST", qty: "quantity DESC", sku: "sku ASC" } as const;
export type LotSort = keyof typeof SORTS;

export async function listLotsForPantry(pantryId: string, sort: LotSort = "expiry") {
  const order = SORTS[sort] ?? SORTS.expiry;
  // ok: sql-injection
  return sql.unsafe(`SELECT id, sku, description, quantity, expires_on FROM lots WHERE pantry_id = $1 ORDER BY ${order}`, [pantryId]);
}

export async function searchLots(pantryId: string, term: string) {
  // ok: sql-injection
  return sql`SELECT id, sku, description, quantity FROM lots WHERE pantry_id = ${pantryId} AND description ILIKE ${"%" + term + "%"}`;
}

// Used by the barcode scanner endpoint; `prefix` comes straight from the scanner payload
export async function findLotsBySkuPrefix(pantryId: string, prefix: string) {
  // ruleid: sql-injection
  return sql.unsafe(`SELECT id, sku, quantity FROM lots WHERE pantry_id = $1 AND sku LIKE '${prefix}%'`, [pantryId]);
}

export async function decrementLot(pantryId: string, lotId: string, qty: number) {
  // ok: sql-injection
  return sql`UPDATE lots SET quantity = quantity - ${qty} WHERE id = ${lotId} AND pantry_id = ${pantryId} RETURNING id, quantity`;
}
