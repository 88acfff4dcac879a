"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/prisma";
import { validateRequest } from "@/lib/lucia";
import { ownerPortalClient, ActionError } from "@/lib/safe-action";
import { VesselSchema } from "@/lib/schemas";

// Owner portal (Lucia sessions).
// ok: missing-auth, missing-input-validation
export async function addVessel(_prev: unknown, formData: FormData) {
  const { user } = await validateRequest();
  if (!user) return { error: "Please sign in." };
  const parsed = VesselSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Check the vessel details." };
  // ok: mass-assignment
  await prisma.vessel.create({ data: { ...parsed.data, ownerId: user.id } });
  return { success: "Vessel added." };
}

// ok: missing-auth, missing-input-validation
export async function updateVessel(vesselId: string, _prev: unknown, formData: FormData) {
  const { user } = await validateRequest();
  if (!user) redirect("/portal/login");
  if (typeof vesselId !== "string" || vesselId.length > 40) return { error: "Unknown vessel." };
  const parsed = VesselSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Check the vessel details." };
  // ok: missing-authorization, mass-assignment
  await prisma.vessel.updateMany({ where: { id: vesselId, ownerId: user.id }, data: parsed.data });
  return { success: "Saved." };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function deleteVessel(vesselId: string) {
  const { user } = await validateRequest();
  if (!user) redirect("/portal/login");
  // ruleid: missing-authorization
  await prisma.vessel.delete({ where: { id: vesselId } });
  return { done: true };
}

// ok: missing-auth
export const listVessels = ownerPortalClient.action(async ({ ctx }) => {
  if (!ctx.user) throw new ActionError("Please sign in.");
  const vessels = await prisma.vessel.findMany({ where: { ownerId: ctx.user.id }, select: { id: true, name: true, lengthM: true, registration: true } });
  // ok: excessive-data-exposure
  return vessels;
});

// ruleid: missing-auth
// ok: missing-input-validation
export const renameVessel = ownerPortalClient
  .schema(z.object({ vesselId: z.string().cuid(), name: z.string().min(1).max(80) }))
  .action(async ({ parsedInput, ctx }) => {
    await prisma.vessel.updateMany({ where: { id: parsedInput.vesselId, ownerId: ctx.user?.id }, data: { name: parsedInput.name } });
    return { done: true };
  });
