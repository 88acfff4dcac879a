"use server";

import { z } from "zod";
import { sql } from "@/lib/db/reporting";
import { staffProcedure } from "@/lib/zsa";
import { requireStaff, requireRole, getStaffOrNull } from "@/lib/auth/staff";
import { vendorRevenue, artistSearch, hourlyEntries, scanCounts, salesByStage, guestCheckins, tableRowCount } from "@/lib/reports";

// ok: missing-auth, missing-input-validation
export const vendorRevenueReport = staffProcedure
  .createServerAction()
  .input(z.object({ orderBy: z.string().max(20), dir: z.string().max(4) }))
  .handler(async ({ input, ctx }) => {
    const [festival] = await sql`select id from festivals where org_id = ${ctx.orgId}`;
    const rows = await vendorRevenue(festival.id, input.orderBy, input.dir);
    // ok: excessive-data-exposure
    return rows.map((r) => ({ vendorId: r.vendor_id, name: r.business_name, revenue: r.revenue_cents }));
  });

// ok: missing-auth
// ruleid: missing-input-validation
export async function artistLookup(name: string) {
  const ctx = await requireStaff();
  return artistSearch(ctx.festivalId, name);
}

// ok: missing-auth, missing-input-validation
export async function hourlyEntriesReport(days: string) {
  const ctx = await requireStaff();
  if (!/^\d{1,2}$/.test(days)) throw new Error("days must be a number");
  const [row] = await hourlyEntries(ctx.festivalId, days);
  return { entries: row?.n ?? 0 };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function gateScanReport(gate: string) {
  const ctx = await requireStaff();
  const rows = await scanCounts(ctx.festivalId, gate);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ hour: r.hour, scans: r.scans }));
}

// ok: missing-auth, missing-input-validation
export async function stageSales() {
  const ctx = await requireRole("org:promoter", "org:production_manager");
  // ok: excessive-data-exposure
  return salesByStage(ctx.festivalId);
}

// ok: missing-auth, missing-input-validation
export async function guestCheckinReport(artistIds: string[]) {
  const ctx = await requireStaff();
  const ids = z.array(z.string().uuid()).max(200).parse(artistIds);
  const rows = await guestCheckins(ctx.festivalId, ids);
  return rows.map((r) => ({ artistId: r.artist_id, checkedIn: r.checked_in }));
}

// ruleid: missing-input-validation, missing-auth -- an unauthenticated postgres.js sql.unsafe read of a table the caller names (cause 5)
export async function rawTableExport(table: string, festivalId: string) {
  // ruleid: sql-injection
  const rows = await sql.unsafe(`select * from ${table} where festival_id = $1`, [festivalId]);
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function tableSizes() {
  await requireRole("org:promoter");
  const out: Record<string, number> = {};
  for (const t of ["vendors", "volunteers", "artists", "lost_items"] as const) out[t] = await tableRowCount(t);
  return out;
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function festivalHeadcount() {
  // ruleid: floating-auth-check
  const staff = getStaffOrNull();
  if (!staff) throw new Error("Unauthorized");
  const rows = await sql`select f.name, count(t.*)::int as admitted from festivals f left join scan_events t on t.festival_id = f.id group by f.name`;
  return rows.map((r) => ({ name: r.name, admitted: r.admitted }));
}
