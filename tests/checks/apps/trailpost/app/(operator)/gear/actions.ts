"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { gearItems, gearRentals } from "@/lib/db/schema";
import { validatedActionWithUser, validatedAction } from "@/lib/wrappers";
import { getOrgRole } from "@/lib/auth/dal";

const GearSchema = z.object({
  orgId: z.string().cuid(),
  name: z.string().min(1).max(80),
  category: z.enum(["kayak", "paddle", "pack", "boots"]),
  dailyRateCents: z.coerce.number().int().min(0),
  stock: z.coerce.number().int().min(0),
});

// ok: missing-auth, missing-input-validation
export const addGearItem = validatedActionWithUser(GearSchema, async (data, _fd, user) => {
  if (!(await getOrgRole(data.orgId, user.id))) return { error: "Forbidden" };
  // ok: mass-assignment
  await db.insert(gearItems).values({ id: crypto.randomUUID(), ...data });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const updateGearStock = validatedActionWithUser(
  z.object({ orgId: z.string().cuid(), itemId: z.string().uuid(), stock: z.coerce.number().int().min(0) }),
  async (data, _fd, user) => {
    if (!(await getOrgRole(data.orgId, user.id))) return { error: "Forbidden" };
    // ok: missing-authorization
    await db.update(gearItems).set({ stock: data.stock }).where(and(eq(gearItems.id, data.itemId), eq(gearItems.orgId, data.orgId)));
    return { ok: true };
  }
);

// ok: missing-auth
// why: the raw FormData object is written, so keys the schema never saw (supplierCostCents...) reach the DB unchecked
// ruleid: missing-input-validation
export const editGearItem = validatedActionWithUser(GearSchema.extend({ itemId: z.string().uuid() }), async (data, formData, user) => {
  if (!(await getOrgRole(data.orgId, user.id))) return { error: "Forbidden" };
  // why: writes the raw FormData object (any column, e.g. orgId / supplierCostCents) instead of the parsed data
  // ruleid: mass-assignment
  await db.update(gearItems).set(Object.fromEntries(formData)).where(and(eq(gearItems.id, data.itemId), eq(gearItems.orgId, data.orgId)));
  return { ok: true };
});

// why: validatedAction only parses; no session is read, yet it marks rentals returned
// ruleid: missing-auth
// ok: missing-input-validation
export const markRentalReturned = validatedAction(z.object({ rentalId: z.string().uuid() }), async (data) => {
  await db.update(gearRentals).set({ returned: true }).where(eq(gearRentals.id, data.rentalId));
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const listGear = validatedActionWithUser(z.object({ orgId: z.string().cuid() }), async (data, _fd, user) => {
  if (!(await getOrgRole(data.orgId, user.id))) return { error: "Forbidden" };
  // ok: missing-authorization
  const items = await db.select({ id: gearItems.id, name: gearItems.name, stock: gearItems.stock }).from(gearItems).where(eq(gearItems.orgId, data.orgId));
  // ok: excessive-data-exposure
  return { items };
});
