"use server";

import { z } from "zod";
import { getStaffContext } from "@/lib/dal";
import { listClaimsSorted, claimTotalsBy } from "@/lib/sql-helpers";
import { localDb, importJobs, sqlite } from "@/lib/drizzle/local";
import { sql as vsql } from "@vercel/postgres";

// ok: missing-auth, missing-input-validation, sql-injection
export async function claimsReport(formData: FormData) {
  const ctx = await getStaffContext();
  const { sort, dir } = z.object({ sort: z.string(), dir: z.string() }).parse(Object.fromEntries(formData));
  return listClaimsSorted(ctx.tenantId, sort, dir);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function paidByBucket(formData: FormData) {
  const ctx = await getStaffContext();
  return claimTotalsBy(ctx.tenantId, String(formData.get("groupBy")));
}

// ok: missing-auth
export async function importHistory() {
  const ctx = await getStaffContext();
  const rows = localDb.select().from(importJobs).all().filter((r) => r.tenantId === ctx.tenantId);
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function purgeImport(formData: FormData) {
  const ctx = await getStaffContext();
  const id = z.string().uuid().parse(formData.get("id"));
  // ok: sql-injection, missing-authorization
  sqlite.prepare("DELETE FROM import_jobs WHERE id = ? AND tenant_id = ?").run(id, ctx.tenantId);
}

// ok: missing-auth, missing-input-validation
export async function policiesExpiring(formData: FormData) {
  const ctx = await getStaffContext();
  const days = z.coerce.number().int().min(1).max(365).parse(formData.get("days"));
  // ok: sql-injection
  const { rows } = await vsql`SELECT number, expires_at FROM policies WHERE tenant_id = ${ctx.tenantId} AND expires_at < now() + make_interval(days => ${days})`;
  return rows;
}
