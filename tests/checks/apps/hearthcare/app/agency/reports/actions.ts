"use server";

import { z } from "zod";
import { getAgencyContext } from "@/lib/guards";
import { reportsPool } from "@/lib/db/reports";
import { placeholders } from "@/lib/sql";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function saveMileage(_prev: unknown, formData: FormData) {
  const ctx = await getAgencyContext();
  if (ctx.error !== undefined) return { error: ctx.error };
  const entries = z.array(z.object({ caregiverId: z.string(), miles: z.number().nonnegative() })).max(200).parse(JSON.parse(String(formData.get("entries") ?? "[]")));
  if (!entries.length) return { success: true };
  const values = entries.flatMap((e) => [ctx.agencyId, e.caregiverId, e.miles]);
  // ok: sql-injection
  // ok: missing-authorization -- (fixed in pass 31) new rows filed under the caller's agency select no row
  await reportsPool.query(`INSERT INTO mileage (agency_id, caregiver_id, miles) VALUES ${placeholders(entries, 3)}`, values);
  return { success: true };
}

// The guard's `{ error }` result is ignored here.
// ok: missing-input-validation
// ruleid: missing-auth
export async function clearMileage(_prev: unknown, formData: FormData) {
  const ctx = await getAgencyContext();
  const month = z.string().regex(/^\d{4}-\d{2}$/).parse(formData.get("month"));
  await reportsPool.query("DELETE FROM mileage WHERE agency_id = $1 AND to_char(day, 'YYYY-MM') = $2", [(ctx as any).agencyId, month]);
}

// ok: missing-auth, missing-input-validation
export async function exportClientRoster(_prev: unknown, formData: FormData) {
  const ctx = await getAgencyContext();
  if (ctx.error !== undefined) return { error: ctx.error };
  const includeArchived = formData.get("archived") === "on";
  const clients = await prisma.client.findMany({ where: { agencyId: ctx.agencyId, ...(includeArchived ? {} : { archived: false }) } });
  // ruleid: excessive-data-exposure
  return { clients };
}
