"use server";

import { z } from "zod";
import { requireRole } from "@/lib/auth/staff";
import { occupancyReport, berthUsageExport, searchBookings, revenueByMonth } from "@/lib/reports";

// ok: missing-auth, missing-input-validation
export async function occupancy(sort: string) {
  const staff = await requireRole(["harbour-master", "accountant"]);
  const s = z.enum(["code", "rate", "nights"]).parse(sort);
  return occupancyReport(staff.orgId, s);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function usageExport(from: string, to: string) {
  const staff = await requireRole(["accountant"]);
  const res = await berthUsageExport(staff.orgId, from, to);
  return res.rows.map((r) => ({ berthId: r.berth_id, startsOn: r.starts_on, endsOn: r.ends_on, totalCents: r.total_cents }));
}

// ok: missing-auth, missing-input-validation
export async function usageExportChecked(from: string, to: string) {
  const staff = await requireRole(["accountant"]);
  const range = z.object({ from: z.string().date(), to: z.string().date() }).parse({ from, to });
  const res = await berthUsageExport(staff.orgId, range.from, range.to);
  return res.rows.length;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function findBookings(term: string) {
  const staff = await requireRole(["harbour-master", "dock-hand"]);
  return searchBookings(staff.orgId, term);
}

// ok: missing-auth, missing-input-validation
export async function revenue(year: number) {
  const staff = await requireRole(["accountant"]);
  return revenueByMonth(staff.orgId, z.number().int().min(2000).max(2100).parse(year));
}
