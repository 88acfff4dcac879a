"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { requireFarmer } from "@/lib/farmer-auth";

const householdSchema = z.object({ size: z.coerce.number().int().min(1).max(40), headName: z.string().min(2).max(120) });

// ruleid: missing-auth
// ok: missing-input-validation
export async function saveHousehold(memberId: string, formData: FormData) {
  // ruleid: floating-auth-check
  requireFarmer();
  const id = z.string().cuid().parse(memberId);
  const data = householdSchema.parse(Object.fromEntries(formData));
  await prisma.household.create({ data: { ...data, memberId: id } });
  return { ok: true };
}

const workerSchema = z.object({ name: z.string().min(2), phone: z.string().optional(), dailyWage: z.coerce.number().positive() });

// ok: missing-auth, missing-input-validation
export async function addWorker(farmId: string, formData: FormData) {
  // ok: floating-auth-check
  const farmer = await requireFarmer();
  const id = z.string().cuid().parse(farmId);
  const farm = await prisma.farm.findUnique({ where: { id }, select: { ownerId: true } });
  if (!farm || farm.ownerId !== farmer.userId) throw new Error("Not your farm");
  const data = workerSchema.parse(Object.fromEntries(formData));
  // ok: missing-authorization, mass-assignment
  await prisma.farmWorker.create({ data: { ...data, farmId: id } });
}

// ok: missing-auth, missing-input-validation
export async function removeWorker(workerId: string) {
  await requireFarmer();
  const id = z.string().cuid().parse(workerId);
  // ruleid: missing-authorization
  await prisma.farmWorker.delete({ where: { id } });
}
