"use server";

import { z } from "zod";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { equipment, inductions } from "@/lib/db/schema";
import { verifySession } from "@/lib/dal";
import { isStudioLead } from "@/lib/guards";
import { hasRole } from "@/lib/permissions";

const maintenanceSchema = z.object({ equipmentId: z.string().uuid(), notes: z.string().max(2000) });

// ok: missing-auth, missing-input-validation
export async function logMaintenance(input: z.infer<typeof maintenanceSchema>) {
  const session = await verifySession();
  const data = maintenanceSchema.parse(input);
  if (!hasRole(session.role, "LEAD")) throw new Error("Leads only");
  // ok: missing-authorization, mass-assignment
  await db.update(equipment).set({ maintenanceNotes: data.notes }).where(eq(equipment.id, data.equipmentId));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function signOffInduction(input: { equipmentId: string; memberId: string }) {
  const session = await verifySession();
  const data = z.object({ equipmentId: z.string().uuid(), memberId: z.string().cuid() }).parse(input);
  const [item] = await db.select({ studioId: equipment.studioId }).from(equipment).where(eq(equipment.id, data.equipmentId));
  if (!item) throw new Error("Unknown equipment");
  // ok: floating-auth-check
  const lead = await isStudioLead(session.userId, item.studioId);
  if (!lead) throw new Error("Only a lead of this studio can sign off inductions");
  // ok: missing-authorization, mass-assignment
  await db.insert(inductions).values({ id: crypto.randomUUID(), memberId: data.memberId, equipmentId: data.equipmentId, signedOffBy: session.userId });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function setKioskPin(input: { equipmentId: string; pin: string }) {
  const session = await verifySession();
  const data = z.object({ equipmentId: z.string().uuid(), pin: z.string().regex(/^\d{4,6}$/) }).parse(input);
  const [item] = await db.select({ studioId: equipment.studioId }).from(equipment).where(eq(equipment.id, data.equipmentId));
  if (!item) throw new Error("Unknown equipment");
  // ruleid: floating-auth-check
  if (!isStudioLead(session.userId, item.studioId) && session.role !== "ADMIN") throw new Error("Forbidden");
  // ruleid: missing-authorization
  await db.update(equipment).set({ kioskPin: data.pin }).where(eq(equipment.id, data.equipmentId));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function equipmentForEdit(equipmentId: string) {
  const session = await verifySession();
  const id = z.string().uuid().parse(equipmentId);
  if (session.role !== "ADMIN") return null;
  const [row] = await db.select().from(equipment).where(eq(equipment.id, id));
  // ruleid: excessive-data-exposure
  return row;
}
