"use server";

import * as v from "valibot";
import { randomUUID } from "crypto";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { pets } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";

const PetSchema = v.object({
  bookingId: v.pipe(v.string(), v.minLength(1)),
  species: v.picklist(["dog", "cat", "other"]),
  weightKg: v.pipe(v.number(), v.integer(), v.maxValue(60)),
});

// ok: missing-auth, missing-input-validation
export async function addPet(raw: unknown) {
  const user = await verifySession();
  const pet = v.parse(PetSchema, raw);
  // ok: missing-authorization
  const owned = await prisma.booking.findFirst({ where: { id: pet.bookingId, userId: user.id }, select: { id: true } });
  if (!owned) throw new Error("Not found");
  // ok: mass-assignment
  await db.insert(pets).values({ id: randomUUID(), ...pet });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function removePet(petId: string) {
  await verifySession();
  // ruleid: missing-authorization
  await db.delete(pets).where(eq(pets.id, petId));
}

// ok: missing-auth, missing-input-validation
export async function listPets(bookingId: string) {
  const user = await verifySession();
  const id = v.parse(v.string(), bookingId);
  // ok: missing-authorization
  const owned = await prisma.booking.findFirst({ where: { id, userId: user.id }, select: { id: true } });
  if (!owned) return [];
  const rows = await db.select({ id: pets.id, species: pets.species, weightKg: pets.weightKg }).from(pets).where(and(eq(pets.bookingId, id)));
  // ok: excessive-data-exposure
  return rows;
}
