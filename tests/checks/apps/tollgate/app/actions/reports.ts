"use server";

import { z } from "zod";
import { getTenant } from "@/lib/tenant";
import { dutyByGroup, lineItemsByHsPrefix } from "@/lib/reporting";
import { recentDeclarations } from "@/lib/search";
import { sql } from "@/lib/db";

// ok: missing-auth, missing-input-validation
export async function dutyReport(group: "origin" | "status") {
  const tenant = await getTenant();
  const g = z.enum(["origin", "status"]).parse(group);
  // ok: excessive-data-exposure
  return dutyByGroup(tenant.orgId, g);
}

// ok: missing-auth, missing-input-validation
export async function hsBreakdown(prefix: string) {
  const tenant = await getTenant();
  const p = z.string().regex(/^\d{2,6}$/).parse(prefix);
  return lineItemsByHsPrefix(tenant.orgId, p);
}

// ok: missing-auth, missing-input-validation
export async function recentActivity(days: number) {
  const tenant = await getTenant();
  if (typeof days !== "number" || !Number.isFinite(days)) throw new Error("days must be a number");
  return recentDeclarations(tenant.orgId, days);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function statusCounts(statuses: string[]) {
  const tenant = await getTenant();
  const list = statuses.map((s) => `'${s}'`).join(",");
  // ruleid: sql-injection
  return sql.unsafe(`SELECT status, count(*)::int AS n FROM declarations WHERE importer_id = $1 AND status IN (${list}) GROUP BY status`, [tenant.orgId]);
}

// ok: missing-auth, missing-input-validation
export async function originCounts(origins: string[]) {
  const tenant = await getTenant();
  const list = z.array(z.string().length(2)).max(50).parse(origins);
  const placeholders = list.map((_, i) => `$${i + 2}`).join(",");
  // ok: sql-injection
  return sql.unsafe(`SELECT origin_country, count(*)::int AS n FROM declarations WHERE importer_id = $1 AND origin_country IN (${placeholders}) GROUP BY 1`, [tenant.orgId, ...list]);
}
