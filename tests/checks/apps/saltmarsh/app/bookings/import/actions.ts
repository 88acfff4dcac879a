"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { bookings } from "@/lib/db/schema";
import { withTenant } from "@/lib/wrappers/with-tenant";
import { isTenantAdmin } from "@/lib/auth/guards";
import { authedAction } from "@/lib/safe/procedures";

const Row = z.object({ vesselId: z.string().uuid(), day: z.string().date(), notes: z.string().max(500).optional() });

// Tenant admins bulk-import a term's vessel days from CSV.
// ok: missing-auth, missing-input-validation
export const importBookings = withTenant(async (formData, ctx) => {
  // ruleid: floating-auth-check
  if (!isTenantAdmin(ctx.userId, ctx.tenantId) && ctx.tenantRole !== "owner") return { error: "Tenant admins only" };
  const rows = z.array(Row).max(200).parse(JSON.parse(String(formData.get("rows") ?? "[]")));
  try {
    // ok: mass-assignment
    await db.insert(bookings).values(rows.map((r) => ({ ...r, tenantId: ctx.tenantId, userId: ctx.userId })));
    return { imported: rows.length };
  } catch (err) {
    // ruleid: information-disclosure
    return { error: err };
  }
});

// ok: missing-auth, missing-input-validation
export const importForColleague = withTenant(async (formData, ctx) => {
  const rows = z.array(Row.extend({ userId: z.string().min(1) })).max(200).parse(JSON.parse(String(formData.get("rows") ?? "[]")));
  // ruleid: mass-assignment, missing-authorization -- gap judge pass 32, cause F (fixed in pass 32)
  await db.insert(bookings).values(rows.map((r) => ({ ...r, tenantId: ctx.tenantId })));
  return { imported: rows.length };
});

// ok: missing-auth, missing-input-validation
export const deleteImportedBatch = authedAction.input(z.object({ tenantId: z.string().uuid(), day: z.string().date() })).handler(async ({ input, ctx }) => {
  // ruleid: missing-authorization
  await db.delete(bookings).where(and(eq(bookings.tenantId, input.tenantId), eq(bookings.day, input.day)));
  return { ok: true, by: ctx.user.id };
});
