"use server";

import { z } from "zod";
import { verifySession } from "@/lib/dal";
import { canManageLocation } from "@/lib/permissions";
import { pgPool } from "@/lib/pg";

// ok: missing-auth, missing-input-validation
export async function tipPoolSummary(locationId: string, businessDate: string) {
  const s = await verifySession();
  const p = z.object({ locationId: z.string().cuid(), businessDate: z.string().date() }).parse({ locationId, businessDate });
  // ruleid: floating-auth-check
  if (canManageLocation(s.userId, p.locationId) === false) throw new Error("Forbidden");
  // ruleid: sql-injection, missing-authorization
  const { rows } = await pgPool.query(`SELECT employee_id, cents FROM tip_allocations a JOIN tips_pools p ON p.id = a.pool_id WHERE p.location_id = '${p.locationId}' AND p.business_date = '${p.businessDate}'`);
  return rows.map((r) => ({ employeeId: r.employee_id as string, cents: Number(r.cents) }));
}
