import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { ydb } from "@/lib/db/drizzle";
import { workOrders, parts } from "@/lib/db/yard-schema";

export const WORK_ORDER_PUBLIC = {
  id: workOrders.id,
  vesselId: workOrders.vesselId,
  title: workOrders.title,
  status: workOrders.status,
  haulOutAt: workOrders.haulOutAt,
  quoteCents: workOrders.quoteCents,
};

export async function workOrdersForMarina(marinaId: string) {
  return ydb.select(WORK_ORDER_PUBLIC).from(workOrders).where(eq(workOrders.marinaId, marinaId));
}

export async function findWorkOrderInMarina(id: string, marinaId: string) {
  const [row] = await ydb
    .select(WORK_ORDER_PUBLIC)
    .from(workOrders)
    .where(and(eq(workOrders.id, id), eq(workOrders.marinaId, marinaId)));
  return row ?? null;
}

export async function searchParts(marinaId: string, q: string) {
  // ok: sql-injection
  return ydb.execute(sql`SELECT id, sku, name, stock FROM parts WHERE marina_id = ${marinaId} AND name ILIKE ${"%" + q + "%"} LIMIT 25`);
}

export async function lowStockParts(marinaId: string, threshold: string) {
  // ruleid: sql-injection
  return ydb.execute(sql.raw(`SELECT id, sku, name, stock FROM parts WHERE marina_id = '${marinaId}' AND stock < ${threshold}`));
}

export async function decrementStock(partId: string, marinaId: string, qty: number) {
  await ydb
    .update(parts)
    .set({ stock: sql`${parts.stock} - ${qty}` })
    .where(and(eq(parts.id, partId), eq(parts.marinaId, marinaId)));
}
