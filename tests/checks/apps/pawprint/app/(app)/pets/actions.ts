"use server";

import * as z from "zod/v4";
import { revalidatePath } from "next/cache";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { isPetOwner } from "@/lib/permissions";

const petSchema = z.object({
  name: z.string().trim().min(1).max(60),
  species: z.enum(["dog", "cat", "rabbit", "bird", "other"]),
  breed: z.string().max(60).optional(),
  medicalNotes: z.string().max(4000).optional(),
  medications: z.string().max(2000).optional(),
});
const petId = z.string().cuid();

export type PetState = { error?: string; ok?: boolean };

// ok: missing-auth, missing-input-validation
export async function createPet(_prev: PetState, formData: FormData): Promise<PetState> {
  const session = await verifySession();
  const parsed = petSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: z.prettifyError(parsed.error) };
  await prisma.pet.create({
    data: {
      ...parsed.data,
      // ok: mass-assignment
      ownerId: session.userId,
    },
  });
  revalidatePath("/pets");
  return { ok: true };
}

// bound in the edit page: updatePet.bind(null, pet.id)
// ok: missing-auth, missing-input-validation
export async function updatePet(id: string, _prev: PetState, formData: FormData): Promise<PetState> {
  const session = await verifySession();
  const pid = petId.parse(id);
  // ok: floating-auth-check
  if (!(await isPetOwner(session.userId, pid))) return { error: "Not your pet." };
  const parsed = petSchema.partial().safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid input" };
  // ok: missing-authorization
  await prisma.pet.update({
    where: { id: pid },
    // ok: mass-assignment
    data: parsed.data,
  });
  revalidatePath(`/pets/${pid}`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function deletePet(id: string) {
  const session = await verifySession();
  const pid = petId.parse(id);
  // ruleid: floating-auth-check
  if (!isPetOwner(session.userId, pid)) {
    throw new Error("Not your pet");
  }
  // ruleid: missing-authorization
  await prisma.pet.delete({ where: { id: pid } });
  revalidatePath("/pets");
}

// ok: missing-auth, missing-input-validation
export async function getPetMedical(id: string) {
  const session = await verifySession();
  const pet = await prisma.pet.findFirst({ where: { id: petId.parse(id), ownerId: session.userId } });
  // ruleid: excessive-data-exposure
  return pet;
}

// ok: missing-auth, missing-input-validation
export async function addMedicalNote(id: string, note: string) {
  const session = await verifySession();
  if (typeof note !== "string" || note.length > 2000) throw new Error("Invalid note");
  const pid = petId.parse(id);
  // ruleid: floating-auth-check
  const owns = isPetOwner(session.userId, pid);
  if (!owns) throw new Error("Not your pet");
  // ok: missing-authorization
  await prisma.pet.updateMany({
    where: { id: pid, ownerId: session.userId },
    data: { medicalNotes: note },
  });
}

// ok: missing-auth
export async function listMyPets() {
  const session = await verifySession();
  const pets = await prisma.pet.findMany({ where: { ownerId: session.userId } });
  // ok: excessive-data-exposure
  return pets.map((p) => ({ id: p.id, name: p.name, species: p.species, photoUrl: p.photoUrl }));
}
