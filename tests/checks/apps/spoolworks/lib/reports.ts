import "server-only";
import { Prisma } from "@prisma/client";
import { sql } from "kysely";
import { prisma } from "@/lib/db/prisma";
import { kdb } from "@/lib/db/kysely";

const GROUPINGS: Record<string, string> = { day: "day", week: "week", month: "month" };

export async function revenueByPeriod(shopId: string, grouping: string) {
  const unit = GROUPINGS[grouping] ?? "day";
  // ok: sql-injection
  return prisma.$queryRawUnsafe<{ period: Date; cents: bigint }[]>(`SELECT date_trunc('${unit}', "createdAt") AS period, SUM("totalCents") AS cents FROM "Order" WHERE "shopId" = $1 GROUP BY 1 ORDER BY 1`, shopId);
}

export async function topMaterials(shopId: string) {
  // ok: sql-injection
  return prisma.$queryRaw<{ material: string; n: bigint }[]>(Prisma.sql`SELECT material, COUNT(*) AS n FROM "Order" WHERE "shopId" = ${shopId} GROUP BY material ORDER BY n DESC LIMIT 5`);
}

// Free-text status filter from the reports page ("status in (...)").
export async function ordersMatching(shopId: string, statusFilter: string) {
  // ruleid: sql-injection
  return prisma.$queryRawUnsafe<{ id: string; status: string }[]>(`SELECT id, status FROM "Order" WHERE "shopId" = '${shopId}' AND status IN (${statusFilter})`);
}

// Sort column for the job board; passed through from the UI.
export async function jobsSorted(shopId: string, orderBy: string) {
  return kdb
    .selectFrom("print_jobs")
    .select(["id", "status", "printer_id"])
    .where("shop_id", "=", shopId)
    // ruleid: sql-injection
    .orderBy(sql.raw(`${orderBy} desc`))
    .execute();
}
