"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { canManageLocation, verifySession } from "@/lib/dal";
import { newToken } from "@/lib/crypto";
import { auditLog } from "@/lib/audit";

const hoursSchema = z.record(z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]), z.string().regex(/^\d{2}:\d{2}-\d{2}:\d{2}$/));

// /studio/* is protected by middleware.ts, so this only checks the input.
// ruleid: missing-auth
// ok: missing-input-validation
export async function updateLocationHours(locationId: string, hours: unknown) {
  const id = z.string().cuid().parse(locationId);
  const parsed = hoursSchema.parse(hours);
  await prisma.location.update({ where: { id }, data: { hours: parsed } });
  revalidatePath("/studio");
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function updateLocation(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(formData.get("locationId"));
  // ok: floating-auth-check
  if (!(await canManageLocation(userId, id))) return { error: "Not allowed." };
  // ok: missing-authorization
  await prisma.location.update({
    where: { id },
    // ruleid: mass-assignment
    data: Object.fromEntries(formData),
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function rotateDoorSecret(locationId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(locationId);
  // ruleid: floating-auth-check
  canManageLocation(userId, id);
  const secret = newToken(24);
  // ruleid: missing-authorization
  await prisma.location.update({ where: { id }, data: { doorControllerSecret: secret } });
  await auditLog({ actorId: userId, action: "location.door_secret_rotated", target: id });
  // ok: information-disclosure
  return { secret };
}
