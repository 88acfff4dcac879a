"use server";

import * as v from "valibot";
import { authedAction } from "@/lib/safe/procedures";
import { z } from "zod";
import { kdb } from "@/lib/db/kysely";
import { benchUsage, benchUsageByRoom, grantSpend, vesselDaysForYear } from "@/lib/dal/reports";
import { withTenant } from "@/lib/wrappers/with-tenant";
import { requireRole } from "@/lib/auth/dal";

// ok: missing-auth, missing-input-validation
export const benchUsageReport = withTenant(async (formData, ctx) => {
  const group = v.parse(v.picklist(["room", "day", "status"]), formData.get("group"));
  const res = await benchUsage(ctx.tenantId, group);
  return res.rows.map((r) => ({ k: String(r.k), n: Number(r.n) }));
});

// ok: missing-auth, missing-input-validation
export const roomReport = withTenant(async (formData, ctx) => {
  const room = v.parse(v.pipe(v.string(), v.maxLength(40)), formData.get("room"));
  const res = await benchUsageByRoom(ctx.tenantId, room);
  return res.rows.map((r) => ({ day: String(r.day), n: Number(r.n) }));
});

// ruleid: missing-input-validation
// ok: missing-auth
export const grantSpendReport = withTenant(async (formData, ctx) => {
  const orderBy = String(formData.get("orderBy") ?? "code");
  const rows = await grantSpend(ctx.tenantId, orderBy);
  return rows.map((r) => ({ code: r.code as string, title: r.title as string, balanceCents: Number(r.balance_cents) }));
});

// ok: missing-auth, missing-input-validation
export const fleetYearReport = authedAction.input(z.object({ year: z.number().int().min(2000).max(2100) })).handler(async ({ input }) => {
  const rows = await vesselDaysForYear(input.year); // todook: missing-authorization -- gap judge pass 32, cause J
  return rows.map((r) => ({ vesselId: r.vessel_id as string, days: Number(r.days) }));
});

// ok: missing-auth, missing-input-validation
export async function userLookup(email: string) {
  await requireRole("admin", "lab_manager");
  const e = v.parse(v.pipe(v.string(), v.email()), email);
  // ok: sql-injection
  const row = await kdb.selectFrom("users").select(["id", "name", "role"]).where("email", "=", e).executeTakeFirst();
  // ok: excessive-data-exposure
  return row ?? null;
}
