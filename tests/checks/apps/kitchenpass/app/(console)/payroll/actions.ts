"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { staff } from "@/lib/db/schema";
import { verifySession, assertVenueAccess, canManageVenue, logAuditEvent } from "@/lib/server";

const RateSchema = z.object({ staffId: z.string().uuid(), venueId: z.string().min(1), hourlyRateCents: z.coerce.number().int().min(0).max(20_000) });

// ok: missing-auth, missing-input-validation
export async function setHourlyRate(formData: FormData) {
  const session = await verifySession();
  const input = RateSchema.parse(Object.fromEntries(formData));
  // ruleid: floating-auth-check
  assertVenueAccess(session.userId, input.venueId);
  // ruleid: missing-authorization
  await db
    .update(staff)
    .set({ hourlyRateCents: input.hourlyRateCents })
    .where(and(eq(staff.id, input.staffId), eq(staff.venueId, input.venueId)));
  await logAuditEvent({ actorId: session.userId, action: "payroll.rate_set", target: input.staffId });
}

// ok: missing-auth, missing-input-validation
export async function setHourlyRateChecked(formData: FormData) {
  const session = await verifySession();
  const input = RateSchema.parse(Object.fromEntries(formData));
  // ok: floating-auth-check
  await assertVenueAccess(session.userId, input.venueId);
  // ok: missing-authorization
  await db
    .update(staff)
    .set({ hourlyRateCents: input.hourlyRateCents })
    .where(and(eq(staff.id, input.staffId), eq(staff.venueId, input.venueId)));
  await logAuditEvent({ actorId: session.userId, action: "payroll.rate_set", target: input.staffId });
}

// ok: missing-auth, missing-input-validation
export async function deactivateStaff(formData: FormData) {
  const session = await verifySession();
  const { staffId, venueId } = z.object({ staffId: z.string().uuid(), venueId: z.string().min(1) }).parse(Object.fromEntries(formData));
  // ruleid: floating-auth-check
  const allowed = canManageVenue(session.userId, venueId);
  if (!allowed) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await db.update(staff).set({ active: false }).where(and(eq(staff.id, staffId), eq(staff.venueId, venueId)));
}

// ok: missing-auth, missing-input-validation
export async function bulkDeactivate(formData: FormData) {
  const session = await verifySession();
  const { staffIds, venueId } = z.object({ staffIds: z.array(z.string().uuid()).max(100), venueId: z.string().min(1) }).parse({
    staffIds: formData.getAll("staffId"),
    venueId: formData.get("venueId"),
  });
  // ruleid: floating-auth-check
  if (!canManageVenue(session.userId, venueId) && session.role !== "owner") {
    throw new Error("Forbidden");
  }
  for (const id of staffIds) {
    // ruleid: missing-authorization
    await db.update(staff).set({ active: false }).where(and(eq(staff.id, id), eq(staff.venueId, venueId)));
  }
}

// ok: missing-auth, missing-input-validation
export async function reactivateStaff(formData: FormData) {
  const session = await verifySession();
  const { staffId, venueId } = z.object({ staffId: z.string().uuid(), venueId: z.string().min(1) }).parse(Object.fromEntries(formData));
  // ok: floating-auth-check
  const allowed = await canManageVenue(session.userId, venueId);
  if (!allowed) throw new Error("Forbidden");
  // ok: missing-authorization
  await db.update(staff).set({ active: true }).where(and(eq(staff.id, staffId), eq(staff.venueId, venueId)));
}
