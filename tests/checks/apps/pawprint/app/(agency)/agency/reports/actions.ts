"use server";

import { z } from "zod";
import { agencyActionClient, ActionError } from "@/lib/safe-action";
import { searchAgencyBookings, sitterUtilisation, bookingsForExport } from "@/lib/repos/booking-repo";
import { revenueSeries, topSitters, payoutLedger, legacyTipsReport } from "@/lib/repos/report-repo";
import { sql } from "@/lib/db/postgres";

function requireFinance(role: string) {
  if (!["owner", "admin", "finance"].includes(role)) throw new ActionError("Reports are limited to finance staff.");
}

// ok: missing-auth, missing-input-validation
export const bookingTable = agencyActionClient
  .inputSchema(z.object({ sort: z.string().optional(), dir: z.enum(["asc", "desc"]).optional(), status: z.string().max(20).optional() }))
  .action(async ({ parsedInput, ctx }) => ({ rows: await searchAgencyBookings(ctx.agencyId, parsedInput) }));

// ok: missing-auth, missing-input-validation
export const exportBookingsCsv = agencyActionClient
  .inputSchema(z.object({ limit: z.number().int().max(5000) }))
  .action(async ({ parsedInput, ctx }) => {
    requireFinance(ctx.staffRole);
    const rows = await bookingsForExport(ctx.agencyId, parsedInput.limit);
    const header = "id,kind,status,starts_at,ends_at,price_cents,tip_cents";
    // ok: excessive-data-exposure
    return { csv: [header, ...rows.map((r) => Object.values(r).join(","))].join("\n") };
  });

// ok: missing-auth, missing-input-validation
export const utilisationReport = agencyActionClient
  .inputSchema(z.object({ from: z.string(), to: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    requireFinance(ctx.staffRole);
    return { rows: await sitterUtilisation(ctx.agencyId, parsedInput.from, parsedInput.to) };
  });

// ok: missing-auth, missing-input-validation
export const revenueReport = agencyActionClient
  .inputSchema(z.object({ granularity: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    requireFinance(ctx.staffRole);
    const [series, top] = await Promise.all([revenueSeries(ctx.agencyId, parsedInput.granularity), topSitters(ctx.agencyId, 10)]);
    return { series, top };
  });

// ok: missing-auth, missing-input-validation
export const payoutLedgerSearch = agencyActionClient
  .inputSchema(z.object({ search: z.string().max(80) }))
  .action(async ({ parsedInput, ctx }) => {
    requireFinance(ctx.staffRole);
    return { rows: await payoutLedger(ctx.agencyId, parsedInput.search) };
  });

// ok: missing-auth, missing-input-validation
export const tipsReport = agencyActionClient
  .inputSchema(z.object({ year: z.string().regex(/^20\d\d$/) }))
  .action(async ({ parsedInput, ctx }) => {
    requireFinance(ctx.staffRole);
    return { rows: await legacyTipsReport(ctx.agencyId, parsedInput.year) };
  });

// ok: missing-auth
export const disputeSummary = agencyActionClient.action(async ({ ctx }) => {
  requireFinance(ctx.staffRole);
  // ok: sql-injection
  const rows = await sql`SELECT status, count(*)::int AS n FROM disputes d JOIN bookings b ON b.id = d.booking_id WHERE b.agency_id = ${ctx.agencyId} GROUP BY status`;
  // ok: excessive-data-exposure
  return { rows: rows.map((r) => ({ status: r.status as string, n: r.n as number })) };
});
