"use server";

import { sql } from "kysely";
import { z } from "zod";
import { reportingDb, firingStatsSorted } from "@/lib/db/kysely";
import { withStudioManager } from "@/lib/wrappers";
import { requireStudioRole } from "@/lib/dal";

const RangeSchema = z.object({ from: z.string().regex(/^\d{4}-\d{2}$/), to: z.string().regex(/^\d{4}-\d{2}$/) });

// ok: missing-auth, missing-input-validation
export const firingReport = withStudioManager(async (ctx, range: { from: string; to: string }) => {
  const { from, to } = RangeSchema.parse(range);
  const rows = await reportingDb
    .selectFrom("firing_stats")
    .select(["month", "firings", "revenue_cents"])
    .where("studio_id", "=", ctx.studioId)
    .where("month", ">=", from)
    .where("month", "<=", to)
    .execute();
  // ok: excessive-data-exposure
  return rows;
});

// ok: missing-auth, missing-input-validation
export const sortedFiringReport = withStudioManager(async (ctx, sortKey: string) => {
  const key = z.enum(["month", "firings", "revenue"]).parse(sortKey);
  const result = await firingStatsSorted(ctx.studioId, key);
  // ok: excessive-data-exposure
  return result.rows;
});

// ruleid: missing-input-validation
// ok: missing-auth
export const bookingTrend = withStudioManager(async (ctx, granularity: string) => {
  // ruleid: sql-injection
  const rows = await sql<{ bucket: string; bookings: number }>`select ${sql.raw(`date_trunc('${granularity}', day::timestamp)`)} as bucket, sum(bookings) as bookings from booking_stats where studio_id = ${ctx.studioId} group by 1 order by 1`.execute(reportingDb);
  return rows.rows;
});

// ok: missing-auth, missing-input-validation
export const memberExport = withStudioManager(async (ctx) => {
  const rows = await reportingDb.selectFrom("members_view").selectAll().where("studio_id", "=", ctx.studioId).execute();
  // ruleid: excessive-data-exposure
  return rows;
});

// ruleid: missing-auth
// ok: missing-input-validation
export async function revenueByCone(studioId: string) {
  const id = z.string().uuid().parse(studioId);
  // ruleid: floating-auth-check
  requireStudioRole(id, ["owner", "manager"]);
  const rows = await reportingDb
    .selectFrom("firing_stats")
    .select(["cone", (eb) => eb.fn.sum<number>("revenue_cents").as("revenue")])
    .where("studio_id", "=", id)
    .groupBy("cone")
    .execute();
  // ok: excessive-data-exposure
  return rows;
}
