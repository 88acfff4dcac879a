"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";
import { verifySession } from "@/lib/dal";
import { requireHarbourmaster } from "@/lib/guards";
import { BerthUpdateSchema, IdSchema } from "@/lib/schemas";
import { draftBerthDescription } from "@/lib/ai";

// Bound with updateBerth.bind(null, berth.id) on the staff berth page.
// ok: missing-auth, missing-input-validation
export async function updateBerth(berthId: string, formData: FormData) {
  await verifySession();
  const id = IdSchema.parse(berthId);
  const berth = await prisma.berth.findUnique({ where: { id }, select: { marinaId: true } });
  if (!berth) throw new Error("Not found");
  await requireHarbourmaster(berth.marinaId);
  const data = BerthUpdateSchema.parse(Object.fromEntries(formData));
  // ok: missing-authorization, mass-assignment
  await prisma.berth.update({ where: { id }, data });
  revalidatePath(`/berths/${id}`);
}

// ok: missing-auth, missing-input-validation
export async function setBerthAccessCode(berthId: string, accessCode: string) {
  await verifySession();
  const id = IdSchema.parse(berthId);
  const code = z.string().regex(/^\d{4,8}$/).parse(accessCode);
  // ruleid: missing-authorization
  await prisma.berth.update({ where: { id }, data: { accessCode: code } });
  return { done: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function generateListingCopy(berthId: string) {
  await verifySession();
  const id = IdSchema.parse(berthId);
  const berth = await prisma.berth.findUnique({ where: { id }, select: { marinaId: true, code: true, lengthM: true, dailyRateCents: true } });
  if (!berth) throw new Error("Not found");
  await requireHarbourmaster(berth.marinaId);
  const text = await draftBerthDescription(`Berth ${berth.code}, ${berth.lengthM} m, ${berth.dailyRateCents / 100} EUR/night`);
  // ok: missing-authorization
  await prisma.berth.update({ where: { id }, data: { notes: text } });
  return { text };
}

// ok: missing-auth, missing-input-validation
export async function getBerthForEdit(berthId: string) {
  await verifySession();
  const id = IdSchema.parse(berthId);
  // ok: missing-authorization
  const berth = await prisma.berth.findUnique({ where: { id } });
  if (!berth) return null;
  await requireHarbourmaster(berth.marinaId);
  // ruleid: excessive-data-exposure
  return berth;
}
