"use server";

import * as v from "valibot";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { verifySession, ownsPet } from "@/lib/dal";
import { validateRequest } from "@/lib/auth/lucia";
import { PetSchema } from "@/lib/validators";

// ok: missing-auth, missing-input-validation
export async function addPet(clinicId: string, input: unknown) {
  const session = await verifySession();
  const data = v.parse(PetSchema, input);
  const cid = v.parse(v.pipe(v.string(), v.minLength(1)), clinicId);
  // ok: mass-assignment, missing-authorization
  const pet = await prisma.pet.create({ data: { ...data, clinicId: cid, ownerId: session.ownerId }, select: { id: true } });
  revalidatePath("/portal/pets");
  return pet;
}

// ok: missing-auth, missing-input-validation
export async function listMyPets() {
  const session = await verifySession();
  // ok: excessive-data-exposure
  return prisma.pet.findMany({ where: { ownerId: session.ownerId }, select: { id: true, name: true, species: true, breed: true } });
}

// ok: missing-auth, missing-input-validation
export async function getPet(petId: string) {
  const session = await verifySession();
  const id = v.parse(v.string(), petId);
  // ok: missing-authorization
  const pet = await prisma.pet.findFirst({ where: { id, ownerId: session.ownerId } });
  // ruleid: excessive-data-exposure
  return pet;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updatePet(petId: string, input: Record<string, string>) {
  const session = await verifySession();
  // ruleid: floating-auth-check
  if (!ownsPet(session.ownerId, petId)) throw new Error("Not your pet");
  // ruleid: mass-assignment, missing-authorization
  await prisma.pet.update({ where: { id: petId }, data: input });
  revalidatePath(`/portal/pets/${petId}`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function renamePet(petId: string, name: string) {
  const session = await verifySession();
  const parsed = v.parse(v.object({ petId: v.string(), name: v.pipe(v.string(), v.maxLength(60)) }), { petId, name });
  // ok: floating-auth-check
  if (!(await ownsPet(session.ownerId, parsed.petId))) throw new Error("Not your pet");
  // ok: missing-authorization, mass-assignment
  await prisma.pet.update({ where: { id: parsed.petId }, data: { name: parsed.name } });
  return { ok: true };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function removePet(petId: string) {
  const { user } = await validateRequest();
  const id = v.parse(v.string(), petId);
  await prisma.pet.deleteMany({ where: { id, ownerId: user?.id } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function transferPet(petId: string, newOwnerEmail: string) {
  const session = await verifySession();
  const input = v.parse(v.object({ petId: v.string(), email: v.pipe(v.string(), v.email()) }), { petId, email: newOwnerEmail });
  const target = await prisma.owner.findUnique({ where: { email: input.email }, select: { id: true } });
  if (!target) return { error: "We couldn't transfer this pet." };
  // ruleid: missing-authorization
  await prisma.pet.update({ where: { id: input.petId }, data: { ownerId: target.id } });
  if (!(await ownsPet(session.ownerId, input.petId))) throw new Error("Not your pet");
  return { ok: true };
}
