"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { requireOwner, requireOwnerId } from "@/lib/auth/owner";
import { ownsBoat } from "@/lib/guards";
import { db, boats } from "@/lib/db";
import { boatSchema } from "@/lib/validators";

// ok: missing-auth, missing-input-validation
export async function addBoat(formData: FormData) {
  const ownerId = await requireOwnerId();
  const input = boatSchema.parse(Object.fromEntries(formData));
  // ok: mass-assignment, missing-authorization
  await db.insert(boats).values({ id: randomUUID(), ownerId, ...input });
  revalidatePath("/boats");
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function renameBoat(boatId: string, name: string) {
  const ownerId = await requireOwnerId();
  // ok: missing-authorization
  await db.update(boats).set({ name }).where(and(eq(boats.id, boatId), eq(boats.ownerId, ownerId)));
  revalidatePath("/boats");
}

// ok: missing-auth, missing-input-validation
export async function updateBoat(boatId: string, formData: FormData) {
  const { owner } = await requireOwner();
  const id = z.string().uuid().parse(boatId);
  const input = boatSchema.partial().parse(Object.fromEntries(formData));
  // ok: mass-assignment
  // ruleid: missing-authorization
  await db.update(boats).set(input).where(eq(boats.id, id));
  revalidatePath(`/boats/${id}`);
  return { ok: true, by: owner.id };
}

// ok: missing-auth, missing-input-validation
export async function removeBoat(boatId: string) {
  const ownerId = await requireOwnerId();
  const id = z.string().uuid().parse(boatId);
  const boat = await db.query.boats.findFirst({ where: eq(boats.id, id), columns: { ownerId: true } });
  if (!boat || boat.ownerId !== ownerId) throw new Error("Not found");
  // ok: missing-authorization
  await db.delete(boats).where(eq(boats.id, id));
  revalidatePath("/boats");
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function listMyBoats() {
  const ownerId = await requireOwnerId();
  const rows = await db.select().from(boats).where(eq(boats.ownerId, ownerId));
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function boatPicker() {
  const ownerId = await requireOwnerId();
  const rows = await db.select({ id: boats.id, name: boats.name, lengthM: boats.lengthM }).from(boats).where(eq(boats.ownerId, ownerId));
  // ok: excessive-data-exposure
  return rows;
}

// Transfer a boat to another owner (sale of the vessel).
// ok: missing-auth, missing-input-validation
export async function transferBoat(boatId: string, newOwnerId: string) {
  const ownerId = await requireOwnerId();
  const input = z.object({ boatId: z.string().uuid(), newOwnerId: z.string().uuid() }).parse({ boatId, newOwnerId });
  if (!(await ownsBoat(ownerId, input.boatId))) throw new Error("Not your boat");
  // ok: missing-authorization // ok: mass-assignment -- (fixed in pass 42) a hand-over by the holder past an awaited ownership guard of the written row
  await db.update(boats).set({ ownerId: input.newOwnerId }).where(eq(boats.id, input.boatId));
  return { ok: true };
}
