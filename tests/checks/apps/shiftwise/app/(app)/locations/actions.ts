"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { validateRequest } from "@/lib/lucia";
import { prisma } from "@/lib/db";
import { canManageLocation } from "@/lib/permissions";

const geofence = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180), radiusM: z.number().int().min(25).max(2000) });

// ok: missing-auth, missing-input-validation, floating-auth-check
export async function updateGeofence(locationId: string, input: unknown) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(locationId);
  const data = geofence.parse(input);
  // ok: floating-auth-check
  if (!(await canManageLocation(user.id, id))) throw new Error("Forbidden");
  // ok: missing-authorization, mass-assignment
  await prisma.location.update({ where: { id }, data });
  revalidatePath(`/locations/${id}`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function renameLocation(locationId: string, name: string) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  const p = z.object({ id: z.string().cuid(), name: z.string().min(2).max(80) }).parse({ id: locationId, name });
  const allowed = await canManageLocation(user.id, p.id);
  // ok: floating-auth-check
  if (!allowed) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.location.update({ where: { id: p.id }, data: { name: p.name } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function deleteLocation(locationId: string) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(locationId);
  // ruleid: floating-auth-check
  if (!canManageLocation(user.id, id) && user.role !== "owner") throw new Error("Forbidden");
  // ruleid: missing-authorization
  await prisma.location.delete({ where: { id } });
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function moveLocationToEmployer(locationId: string, input: { employerId: string; name: string }) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  if (!(await canManageLocation(user.id, locationId))) throw new Error("Forbidden");
  await prisma.location.update({
    where: { id: locationId },
    // ruleid: mass-assignment
    data: input,
  });
  return { ok: true };
}

// ok: missing-auth
export async function myLocations() {
  const { user } = await validateRequest();
  if (!user) return [];
  const rows = await prisma.location.findMany({ where: { employerId: user.employerId }, include: { employer: true } });
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function locationTimezone(locationId: string) {
  const { user } = await validateRequest();
  if (!user) return null;
  const id = z.string().cuid().parse(locationId);
  // ok: missing-authorization
  const loc = await prisma.location.findFirst({ where: { id, employerId: user.employerId }, select: { timezone: true } });
  return loc?.timezone ?? null;
}
