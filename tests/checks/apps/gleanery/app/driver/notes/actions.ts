"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireDriver } from "@/lib/auth/iron";

const noteSchema = z.object({ storeId: z.string().min(1), note: z.string().min(1).max(300) });

// Dispatch can log a note "as" a driver from the dispatcher console by passing the driver id
// ok: missing-input-validation
// ruleid: missing-auth
export async function logStoreNote(input: unknown, providedDriverId?: string) {
  const { storeId, note } = noteSchema.parse(input);
  if (providedDriverId !== undefined && (typeof providedDriverId !== "string" || providedDriverId.length > 40)) throw new Error("Invalid driver");
  const driverId = providedDriverId ?? (await requireDriver()).driverId;
  // ruleid: missing-authorization, mass-assignment
  await prisma.pickup.create({ data: { driverId, storeId, pantryId: "none", weightKg: 0, notes: note } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function logStoreNoteSafe(input: unknown) {
  const driver = await requireDriver();
  const { storeId, note } = noteSchema.parse(input);
  if (!driver.storeIds?.includes(storeId)) return { error: "Store not on your route" };
  // ok: missing-authorization, mass-assignment
  await prisma.pickup.create({ data: { driverId: driver.driverId, storeId, pantryId: "none", weightKg: 0, notes: note } });
  return { ok: true };
}
