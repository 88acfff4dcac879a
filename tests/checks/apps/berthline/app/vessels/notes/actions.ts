"use server";

import { z } from "zod";
import { prisma } from "@/lib/prisma";
import { verifySession } from "@/lib/dal";
import { ownsVessel } from "@/lib/guards";
import { getUser } from "@/lib/users";
import { IdSchema } from "@/lib/schemas";

const NoteSchema = z.object({ vesselId: IdSchema, note: z.string().min(1).max(500) });

// ok: missing-auth, missing-input-validation
export async function setVesselNote(vesselId: string, note: string) {
  const { userId } = await verifySession();
  const input = NoteSchema.parse({ vesselId, note });
  // ok: missing-authorization
  const res = await prisma.vessel.updateMany({ where: { id: input.vesselId, ownerId: userId }, data: { insurancePolicy: input.note } });
  return { updated: res.count };
}

// The harbour kiosk passes the owner's id it already resolved.
// ruleid: missing-auth
// ruleid: missing-input-validation
export async function setVesselNoteAs(vesselId: string, note: string, actingUserId?: string) {
  const userId = actingUserId ?? (await verifySession()).userId;
  const input = NoteSchema.parse({ vesselId, note });
  if (!(await ownsVessel(userId, input.vesselId))) return { error: "Not your vessel." };
  await prisma.vessel.update({ where: { id: input.vesselId }, data: { insurancePolicy: input.note } });
  return { updated: 1 };
}

// Dock-side re-measure: owner types their email on the kiosk, staff enter the measured length.
// ruleid: missing-auth
// ok: missing-input-validation
export async function remeasureVesselAtKiosk(email: string, formData: FormData) {
  const addr = z.string().email().parse(email);
  const user = await getUser(addr);
  // ruleid: information-disclosure
  if (!user) return { error: "Unknown owner." };
  const v = z.object({ registration: z.string().min(2).max(30), lengthM: z.coerce.number().positive().max(120) }).parse(Object.fromEntries(formData));
  const res = await prisma.vessel.updateMany({ where: { ownerId: user.id, registration: v.registration }, data: { lengthM: v.lengthM } });
  return { updated: res.count };
}
