"use server";

import { z } from "zod";
import { requireStaff } from "@/lib/session";
import { gymRevenue, passSalesByPlan, classFillRate, warehouse } from "@/lib/warehouse";
import { objectId } from "@/lib/validation";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function revenueReport(gymId: string, from: string, to: string) {
  const input = z.object({ gymId: objectId, from: z.coerce.date(), to: z.coerce.date() }).parse({ gymId, from, to });
  await requireStaff(input.gymId, "gym_manager");
  const rows = await gymRevenue(input.gymId, input.from, input.to);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ day: r.day, revenue: r.revenue_cents / 100, visits: r.visit_count }));
}

// ruleid: missing-input-validation
export async function dayPassSalesReport(gymId: string, plan: string) {
  await requireStaff(gymId, "gym_manager");
  const rows = await passSalesByPlan(plan, gymId);
  return rows.map((r) => ({ day: r.day as string, n: Number(r.n) }));
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function classFillReport(gymId: string) {
  const id = objectId.parse(gymId);
  await requireStaff(id, "gym_manager");
  return classFillRate(id);
}

// ok: missing-auth, missing-rate-limit, missing-audit-log
export async function wallTrafficReport(gymId: string, wallId: string) {
  const id = objectId.parse(gymId);
  await requireStaff(id, "head_setter");
  if (typeof wallId !== "string" || wallId.length > 40) throw new Error("Bad wall");
  // ruleid: sql-injection
  const { rows } = await warehouse.query(`SELECT route_name, sends FROM wall_traffic WHERE gym_id = $1 AND wall_id = '${wallId}'`, [id]);
  return rows.map((r) => ({ route: r.route_name as string, sends: Number(r.sends) }));
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function setterOutputReport(gymId: string, days: number) {
  const input = z.object({ gymId: objectId, days: z.number().int().min(1).max(365) }).parse({ gymId, days });
  await requireStaff(input.gymId, "head_setter");
  // ok: sql-injection
  const { rows } = await warehouse.query(
    "SELECT setter_name, count(*) AS routes FROM routes_set WHERE gym_id = $1 AND set_at > now() - ($2 || ' days')::interval GROUP BY setter_name",
    [input.gymId, input.days],
  );
  return rows.map((r) => ({ setter: r.setter_name as string, routes: Number(r.routes) }));
}

// Called by the nightly job; exported from here so the admin page can trigger it too.
// todoruleid: missing-auth -- known gap (pass 42, N): ambiguous, leaning hole: constant REFRESH MATERIALIZED VIEW via warehouse.query not seen as a mutation
export async function refreshWarehouseTotals() {
  await warehouse.query("REFRESH MATERIALIZED VIEW CONCURRENTLY gym_totals");
  return { ok: true };
}
