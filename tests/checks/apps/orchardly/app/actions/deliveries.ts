"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { deliveries, pickupSites, members } from "@/db/schema";
import { checkDriver } from "@/lib/guards";
import { getCurrentMember } from "@/lib/dal";
import { withFarm } from "@/lib/with-farm";
import { secureCompare } from "@/lib/secure-compare";

// ok: missing-auth, missing-input-validation
export async function markDelivered(deliveryId: string) {
  const check = await checkDriver();
  if (check.error) return { error: check.error };
  const me = await getCurrentMember();
  const id = z.string().uuid().parse(deliveryId);
  // ok: missing-authorization
  await db.update(deliveries).set({ status: "delivered" }).where(and(eq(deliveries.id, id), eq(deliveries.farmId, me.farmId)));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function markFailed(deliveryId: string, reason: string) {
  const me = await getCurrentMember();
  await checkDriver();
  const input = z.object({ id: z.string().uuid(), reason: z.string().max(200) }).parse({ id: deliveryId, reason });
  // ruleid: missing-authorization
  await db.update(deliveries).set({ status: `failed:${input.reason}` }).where(eq(deliveries.id, input.id));
  return { ok: true, by: me.id };
}

// ok: missing-auth
// ruleid: missing-input-validation
export const assignDriver = withFarm(async ({ farm, member }, input: { deliveryId: string; driverId: string }) => {
  if (member.role !== "owner" && member.role !== "coordinator") throw new Error("Forbidden");
  // ok: missing-authorization, mass-assignment
  await db.update(deliveries).set({ driverId: input.driverId }).where(and(eq(deliveries.id, input.deliveryId), eq(deliveries.farmId, farm.id)));
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const myRoute = withFarm(async ({ farm, member }, _input: void) => {
  const rows = await db
    .select({ id: deliveries.id, status: deliveries.status, eta: deliveries.eta, site: pickupSites.name, address: pickupSites.address })
    .from(deliveries)
    .innerJoin(pickupSites, eq(pickupSites.id, deliveries.siteId))
    .where(and(eq(deliveries.farmId, farm.id), eq(deliveries.driverId, member.id)));
  // ok: excessive-data-exposure
  return rows;
});

// Drivers confirm a hand-over with the member's pickup PIN.
// ok: missing-auth, missing-input-validation // ruleid: missing-rate-limit
export async function confirmHandover(memberId: string, pin: string) {
  const me = await getCurrentMember();
  const input = z.object({ memberId: z.string().uuid(), pin: z.string().regex(/^\d{6}$/) }).parse({ memberId, pin });
  const [m] = await db.select({ pickupPin: members.pickupPin }).from(members).where(and(eq(members.id, input.memberId), eq(members.farmId, me.farmId))).limit(1);
  // ok: timing-unsafe-comparison
  if (!m?.pickupPin || m.pickupPin.length === 0) return { ok: false };
  // ok: timing-unsafe-comparison
  return { ok: secureCompare(m.pickupPin, input.pin) };
}

// ok: missing-auth, missing-input-validation // ruleid: missing-rate-limit
export async function confirmHandoverLegacy(memberId: string, pin: string) {
  const me = await getCurrentMember();
  const input = z.object({ memberId: z.string().uuid(), pin: z.string().regex(/^\d{6}$/) }).parse({ memberId, pin });
  const [m] = await db.select({ pickupPin: members.pickupPin }).from(members).where(and(eq(members.id, input.memberId), eq(members.farmId, me.farmId))).limit(1);
  // ruleid: timing-unsafe-comparison
  if (m?.pickupPin !== input.pin) return { ok: false };
  return { ok: true };
}
