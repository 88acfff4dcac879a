"use server";

import * as v from "valibot";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { equipment } from "@/lib/db/schema";
import { requireRole, verifySession } from "@/lib/auth/dal";
import { validatedStaffAction } from "@/lib/wrappers/with-staff";

const CalibrationSchema = v.object({
  equipmentId: v.pipe(v.string(), v.uuid()),
  calibratedAt: v.pipe(v.string(), v.isoDate()),
});

// ok: missing-auth, missing-input-validation
export const recordCalibration = validatedStaffAction(CalibrationSchema, async (data, staff) => {
  if (staff.role === "researcher") return { error: "Lab managers only" };
  // ok: missing-authorization
  await db.update(equipment).set({ calibratedAt: new Date(data.calibratedAt) }).where(eq(equipment.id, data.equipmentId));
  return { ok: true };
});

// ruleid: missing-input-validation
// ok: missing-auth
export async function updateEquipment(id: string, data: { name?: string; serial?: string; status?: string }) {
  await requireRole("lab_manager", "admin");
  // ruleid: mass-assignment
  await db.update(equipment).set(data).where(eq(equipment.id, id));
}

// Any signed-in researcher may flag equipment as broken: shared station equipment.
// ok: missing-auth, missing-input-validation
export async function reportFault(formData: FormData) {
  await verifySession();
  const parsed = v.safeParse(v.object({ id: v.pipe(v.string(), v.uuid()) }), { id: formData.get("id") });
  if (!parsed.success) return { error: "Bad id" };
  await db.update(equipment).set({ status: "fault" }).where(eq(equipment.id, parsed.output.id)); // todook: missing-authorization -- gap judge pass 32 (ambiguous): ownerless shared equipment
  return { ok: true };
}

// ok: missing-auth
export async function listEquipment() {
  await verifySession();
  const rows = await db.select({ id: equipment.id, name: equipment.name, status: equipment.status }).from(equipment);
  // ok: excessive-data-exposure
  return rows;
}
