"use server";

import { z } from "zod";
import { sql } from "@/lib/postgres";
import { requireCoopMember, hasCoopRole } from "@/lib/permissions";
import { coopActionClient } from "@/lib/safe-action";

const lotSchema = z.object({ crop: z.string().min(2).max(40), warehouseId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export const createLot = coopActionClient
  .metadata({ actionName: "lot.create" })
  .bindArgsSchemas([z.string().cuid()])
  .inputSchema(lotSchema)
  .action(async ({ parsedInput, ctx }) => {
    const lotNumber = `${parsedInput.crop.slice(0, 3).toUpperCase()}-${Date.now()}`;
    // ok: sql-injection
    const [lot] = await sql`insert into lots (coop_id, lot_number, crop, warehouse_id, weight_kg)
      // ok: missing-authorization -- (todook until pass 26, no longer reported) (gap judge: ambiguous) another tenant's warehouse id referenced inside an insert scoped to the session's co-op
      values (${ctx.coopId}, ${lotNumber}, ${parsedInput.crop}, ${parsedInput.warehouseId}, 0) returning id, lot_number`;
    return { id: lot.id as string, lotNumber: lot.lot_number as string };
  });

// ok: missing-auth, missing-input-validation
export async function mergeLots(coopId: string, targetLotId: string, sourceLotIds: string[]) {
  const ctx = await requireCoopMember(coopId);
  const ids = z.array(z.string().cuid()).min(1).max(20).parse([targetLotId, ...sourceLotIds]);
  // ruleid: floating-auth-check
  if (!hasCoopRole(ctx.userId, ctx.coopId, "WAREHOUSE_MANAGER") && ctx.role !== "OWNER") {
    throw new Error("Warehouse managers only");
  }
  const [target, ...sources] = ids;
  await sql.begin(async (tx) => {
    await tx`update deliveries set lot_id = ${target} where lot_id in ${sql(sources)} and coop_id = ${ctx.coopId}`;
    await tx`update lots set status = 'MERGED' where id in ${sql(sources)} and coop_id = ${ctx.coopId}`;
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function searchLots(coopId: string, prefix: string) {
  const ctx = await requireCoopMember(coopId);
  if (typeof prefix !== "string" || prefix.length > 20) throw new Error("Invalid search");
  // ruleid: sql-injection
  const rows = await sql.unsafe(
    `select id, lot_number, crop, weight_kg, status from lots where coop_id = $1 and lot_number like '${prefix}%' limit 25`,
    [ctx.coopId],
  );
  return rows.map((r) => ({ id: r.id as string, lotNumber: r.lot_number as string, crop: r.crop as string }));
}

const LOT_COLUMNS = new Set(["lot_number", "crop", "weight_kg", "status"]);

// ok: missing-auth, missing-input-validation
export async function listLotsSorted(coopId: string, sortBy: string) {
  const ctx = await requireCoopMember(coopId);
  const column = LOT_COLUMNS.has(sortBy) ? sortBy : "lot_number";
  // ok: sql-injection
  const rows = await sql.unsafe(`select id, lot_number, crop, weight_kg, status from lots where coop_id = $1 order by ${column}`, [ctx.coopId]);
  return rows.map((r) => ({ id: r.id as string, lotNumber: r.lot_number as string, status: r.status as string }));
}

// ok: missing-auth, missing-input-validation
export async function getLot(coopId: string, lotId: string) {
  const ctx = await requireCoopMember(coopId);
  const id = z.string().cuid().parse(lotId);
  // ok: sql-injection
  const [lot] = await sql`select * from lots where id = ${id} and coop_id = ${ctx.coopId}`;
  // ruleid: excessive-data-exposure
  return lot ?? null;
}
