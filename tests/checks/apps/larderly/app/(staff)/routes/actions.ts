"use server";

import { z } from "zod";
import { and, eq, sql as dsql } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { vehicles } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";
import { requireUser, isNetworkAdmin, canManagePantry } from "@/lib/auth/guards";
import { verifySession } from "@/lib/auth/dal";

const vehicleSchema = z.object({ networkId: z.string().cuid(), plate: z.string().min(2).max(12), refrigerated: z.boolean() });

// ok: missing-auth, missing-input-validation
export async function addVehicle(input: unknown) {
  const user = await requireUser();
  const v = vehicleSchema.parse(input);
  // ok: floating-auth-check
  if (!(await isNetworkAdmin(user.id, v.networkId))) throw new Error("Forbidden");
  // ok: mass-assignment
  await db.insert(vehicles).values({ id: crypto.randomUUID(), ...v });
  return { done: true };
}

// ok: missing-auth, missing-input-validation
export async function retireVehicle(networkId: string, vehicleId: string) {
  const user = await requireUser();
  const ids = z.object({ networkId: z.string().cuid(), vehicleId: z.string().uuid() }).parse({ networkId, vehicleId });
  // why: isNetworkAdmin not awaited — `&&` with a Promise is always truthy
  // ruleid: floating-auth-check
  const allowed = isNetworkAdmin(user.id, ids.networkId) && ids.vehicleId.length > 0;
  if (!allowed) throw new Error("Forbidden");
  // why: scoped only by the client's networkId; the admin check is a floating promise
  // ruleid: missing-authorization
  await db.delete(vehicles).where(and(eq(vehicles.id, ids.vehicleId), eq(vehicles.networkId, ids.networkId)));
  return { done: true };
}

// ok: missing-auth, missing-input-validation
export async function setVehicleToken(vehicleId: string, token: string) {
  const { userId } = await verifySession();
  const input = z.object({ vehicleId: z.string().uuid(), token: z.string().min(16).max(128) }).parse({ vehicleId, token });
  // why: bare statement — the admin check's Promise is dropped
  // ruleid: floating-auth-check
  isNetworkAdmin(userId, "current");
  // why: no network constraint, no awaited check — any staff member overwrites any vehicle's telematics token
  // ruleid: missing-authorization
  await db.update(vehicles).set({ telematicsToken: input.token }).where(eq(vehicles.id, input.vehicleId));
  return { done: true };
}

// ok: missing-auth, missing-input-validation
export async function vehiclesByPlate(networkId: string, platePrefix: string) {
  const user = await requireUser();
  const input = z.object({ networkId: z.string().cuid(), platePrefix: z.string().max(12) }).parse({ networkId, platePrefix });
  // ok: floating-auth-check
  if (!(await isNetworkAdmin(user.id, input.networkId))) throw new Error("Forbidden");
  // ok: sql-injection, missing-authorization
  const rows = await db.select({ id: vehicles.id, plate: vehicles.plate }).from(vehicles).where(and(eq(vehicles.networkId, input.networkId), dsql`${vehicles.plate} ILIKE ${input.platePrefix + "%"}`));
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function orderedVehicles(networkId: string, order: string) {
  const user = await requireUser();
  const input = z.object({ networkId: z.string().cuid(), order: z.string().max(40) }).parse({ networkId, order });
  // ok: floating-auth-check
  if (!(await isNetworkAdmin(user.id, input.networkId))) throw new Error("Forbidden");
  // why: client "order" goes through sql.raw — z.string() does not make it safe
  // ruleid: sql-injection
  return db.select({ id: vehicles.id, plate: vehicles.plate }).from(vehicles).where(eq(vehicles.networkId, input.networkId)).orderBy(dsql.raw(`${input.order} NULLS LAST`));
}

// ok: missing-auth, missing-input-validation
export async function vehicleDetails(vehicleId: string) {
  const user = await requireUser();
  const id = z.string().uuid().parse(vehicleId);
  const [v] = await db.select().from(vehicles).where(eq(vehicles.id, id));
  if (!v || !(await isNetworkAdmin(user.id, v.networkId))) throw new Error("Forbidden");
  // why: db.select() whole row — includes telematicsToken
  // ruleid: excessive-data-exposure
  return v;
}

// ok: missing-auth, missing-input-validation
export async function movePickupToPantry(pickupId: string, pantryId: string) {
  const user = await requireUser();
  const input = z.object({ pickupId: z.string().cuid(), pantryId: z.string().cuid() }).parse({ pickupId, pantryId });
  // why: canManagePantry not awaited in the condition
  // ruleid: floating-auth-check
  if (!canManagePantry(user.id, input.pantryId)) throw new Error("Forbidden");
  // why: pickup id from client with no network/owner scope and the only check above never runs
  // ruleid: missing-authorization
  await prisma.pickupRequest.update({ where: { id: input.pickupId }, data: { notes: `Deliver to pantry ${input.pantryId}` } });
  return { done: true };
}
