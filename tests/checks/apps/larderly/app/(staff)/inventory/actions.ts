"use server";

import { z } from "zod";
import { sql } from "@/lib/db/sql";
import { kdb } from "@/lib/db/kysely";
import { withNetwork } from "@/lib/wrappers";
import { requireNetworkRole } from "@/lib/auth/guards";

const adjustSchema = z.object({ sku: z.string().min(1).max(40), delta: z.coerce.number().int(), reason: z.enum(["donation", "distribution", "spoilage", "count"]) });

// ok: missing-auth, missing-input-validation
export const adjustStock = withNetwork(async (ctx, formData: FormData) => {
  const input = adjustSchema.parse(Object.fromEntries(formData));
  // ok: sql-injection, missing-authorization
  await sql`INSERT INTO inventory_ledger (id, network_id, sku, delta, reason, created_by) VALUES (${crypto.randomUUID()}, ${ctx.networkId}, ${input.sku}, ${input.delta}, ${input.reason}, ${ctx.userId})`;
  return { done: true };
});

// ok: missing-auth, missing-input-validation
export const searchStock = withNetwork(async (ctx, term: string) => {
  if (typeof term !== "string" || term.length > 60) return [];
  // ok: sql-injection, excessive-data-exposure
  return sql`SELECT sku, sum(delta)::int AS on_hand FROM inventory_ledger WHERE network_id = ${ctx.networkId} AND sku ILIKE ${"%" + term + "%"} GROUP BY sku`;
});

// ok: missing-auth, missing-input-validation
export const stockBySort = withNetwork(async (ctx, orderBy: string) => {
  if (typeof orderBy !== "string") return [];
  // why: client-chosen ORDER BY spliced in via sql.unsafe
  // ruleid: sql-injection
  return sql.unsafe(`SELECT sku, sum(delta)::int AS on_hand FROM inventory_ledger WHERE network_id = $1 GROUP BY sku ORDER BY ${orderBy}`, [ctx.networkId]);
});

// ok: missing-auth, missing-input-validation
export async function ledgerForNetwork(networkId: string) {
  z.string().cuid().parse(networkId);
  await requireNetworkRole(networkId, ["admin", "coordinator"]);
  // ok: missing-authorization, excessive-data-exposure
  return kdb.selectFrom("inventory_ledger").select(["sku", "delta", "reason"]).where("network_id", "=", networkId).limit(500).execute();
}

// ok: missing-auth
// ruleid: missing-input-validation
export const deleteLedgerEntry = withNetwork(async (ctx, entryId: string) => {
  // why: entryId not validated, no role check and not scoped to ctx.networkId — any member deletes any network's rows
  // ruleid: missing-authorization
  await kdb.deleteFrom("inventory_ledger").where("id", "=", entryId).execute();
  return { done: true };
});
