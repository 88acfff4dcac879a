"use server";

import { z } from "zod";
import { consoleAction } from "@/lib/actions/safe-action";
import { requireStaff } from "@/lib/auth";
import { occupancyReport, revenueBy, agedDebtors, crewHours } from "@/lib/db/reports";
import { recentPayments } from "@/lib/db/search";
import { ReportQuerySchema } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation
export const runOccupancyReport = consoleAction
  .metadata({ actionName: "runOccupancyReport" })
  .inputSchema(ReportQuerySchema)
  .action(async ({ parsedInput, ctx }) => {
    const rows = await occupancyReport(ctx.session.orgId, parsedInput.from, parsedInput.to, parsedInput.sort, parsedInput.dir, parsedInput.limit);
    // ok: excessive-data-exposure
    return rows;
  });

// ruleid: missing-input-validation
// ok: missing-auth
export async function runRevenueReport(groupBy: string, year: number) {
  const session = await requireStaff();
  return revenueBy(session.orgId, groupBy, year);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function runAgedDebtors(olderThanDays: number) {
  const session = await requireStaff();
  const result = await agedDebtors(session.orgId, olderThanDays);
  return result.rows as { id: string; name: string; owed: number }[];
}

// ok: missing-auth, missing-input-validation
export async function runCrewHours(month: string) {
  const session = await requireStaff();
  const m = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).parse(month);
  const result = await crewHours(session.orgId, m);
  return result.rows as { id: string; name: string; hours: number }[];
}

// ok: missing-auth, missing-input-validation
export async function runRecentPayments(days: number) {
  const session = await requireStaff();
  const d = z.number().int().min(1).max(365).parse(days);
  const rows = await recentPayments(session.orgId, d);
  // ok: excessive-data-exposure
  return rows;
}
