"use server";

import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { db, declarations, trackingEvents } from "@/lib/db";
import { getTenant, requireWriter } from "@/lib/tenant";
import { withTenant } from "@/lib/with-tenant";

const carrierRef = z.string().regex(/^[A-Z0-9]{6,20}$/);

// ok: missing-auth, missing-input-validation
export const linkCarrierRef = withTenant(async (tenant, declarationId: unknown, ref: unknown) => {
  const input = z.object({ id: z.string().uuid(), ref: carrierRef }).parse({ id: declarationId, ref });
  // ok: missing-authorization, mass-assignment
  await db.update(declarations).set({ carrierRef: input.ref }).where(and(eq(declarations.id, input.id), eq(declarations.importerId, tenant.orgId)));
  // ok: excessive-data-exposure
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export async function trackingTimeline(declarationId: string) {
  const tenant = await getTenant();
  const id = z.string().uuid().parse(declarationId);
  // ok: missing-authorization
  const decl = await db.query.declarations.findFirst({ where: and(eq(declarations.id, id), eq(declarations.importerId, tenant.orgId)), columns: { carrierRef: true } });
  // ok: information-disclosure
  if (!decl?.carrierRef) return { events: [] };
  const events = await db.select({ status: trackingEvents.status, at: trackingEvents.receivedAt }).from(trackingEvents).where(eq(trackingEvents.carrierRef, decl.carrierRef)).orderBy(desc(trackingEvents.receivedAt));
  // ok: excessive-data-exposure
  return { events };
}

// ok: missing-auth, missing-input-validation
export async function unlinkCarrierRef(declarationId: string) {
  const tenant = await requireWriter();
  const id = z.string().uuid().parse(declarationId);
  // ok: missing-authorization, mass-assignment
  await db.update(declarations).set({ carrierRef: null }).where(and(eq(declarations.id, id), eq(declarations.importerId, tenant.orgId)));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function latestStatuses() {
  const tenant = await getTenant();
  const rows = await db
    .select({ reference: declarations.reference, carrierRef: declarations.carrierRef, status: declarations.status })
    .from(declarations)
    .where(eq(declarations.importerId, tenant.orgId))
    .limit(200);
  // ok: excessive-data-exposure
  return rows.filter((r) => r.carrierRef);
}
