"use server";

import { z } from "zod";
import { sql as ksql } from "kysely";
import { kdb } from "@/lib/db/kysely";
import { withNetwork } from "@/lib/wrappers";
import { householdsByNeed, householdsByDiet, purgeOldVisits } from "@/lib/dal/search";
import { pantryUtilisation } from "@/lib/dal/reports";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export const needReport = withNetwork(async (ctx, op: string, size: number) => {
  const input = z.object({ op: z.enum(["eq", "gt", "lt"]), size: z.number().int().min(1).max(20) }).parse({ op, size });
  try {
    // ok: missing-authorization
    const rows = await householdsByNeed(ctx.networkId, input.op, input.size);
    // ok: excessive-data-exposure
    return { rows: rows.map((r) => ({ id: r.id, name: r.head_name })) };
  } catch (e) {
    logger.error({ err: e }, "need report failed");
    // ok: information-disclosure
    return { error: "Report failed" };
  }
});

// ok: missing-auth, missing-input-validation
export const dietReport = withNetwork(async (ctx, diet: string) => {
  const d = z.string().min(1).max(40).parse(diet);
  try {
    const rows = await householdsByDiet(ctx.networkId, d);
    return { count: rows.length };
  } catch (e) {
    // why: raw database error text returned from the action
    // ruleid: information-disclosure
    return { error: e instanceof Error ? e.message : String(e) };
  }
});

// ok: missing-auth, missing-input-validation
export const utilisation = withNetwork(async (ctx, days: number) => {
  const n = z.number().int().min(1).max(365).parse(days);
  try {
    return { rows: await pantryUtilisation(ctx.networkId, n) };
  } catch (error) {
    // why: the whole error object (stack, query) is returned to the client
    // ruleid: information-disclosure
    return { error };
  }
});

// why: a network admin action that purges visit history with no audit entry; table name from the client, unvalidated
// ok: missing-auth
// ruleid: missing-input-validation
// todoruleid: missing-audit-log
export const purgeVisits = withNetwork(async (ctx, table: string, days: number) => {
  if (ctx.role !== "admin") throw new Error("Forbidden");
  await purgeOldVisits(table, days);
  return { done: true };
});

// ok: missing-auth, missing-input-validation
export const ledgerTotals = withNetwork(async (ctx, sku: string) => {
  const s = z.string().regex(/^[A-Z0-9-]{1,40}$/).parse(sku);
  // ok: sql-injection
  const res = await ksql<{ on_hand: number }>`SELECT sum(delta)::int AS on_hand FROM inventory_ledger WHERE network_id = ${ctx.networkId} AND sku = ${s}`.execute(kdb);
  return { onHand: res.rows[0]?.on_hand ?? 0 };
});

// ok: missing-auth, missing-input-validation
export const ledgerByReason = withNetwork(async (ctx, reason: string) => {
  if (typeof reason !== "string" || reason.length > 30) return { rows: [] };
  // why: kysely sql.raw over a built string with the client's reason
  // ruleid: sql-injection
  const res = await ksql.raw<{ sku: string }>(`SELECT sku FROM inventory_ledger WHERE network_id = '${ctx.networkId}' AND reason = '${reason}'`).execute(kdb);
  return { rows: res.rows.map((r) => r.sku) };
});
