"use server";

import { z } from "zod";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { equipment } from "@/lib/db/schema";
import { adminAction, managerAction } from "@/lib/safe/procedures";

const EquipmentSchema = z.object({ name: z.string().min(1).max(80), serial: z.string().max(60).optional() });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const addEquipment = adminAction.input(EquipmentSchema).handler(async ({ input }) => {
  // ok: mass-assignment
  const [row] = await db.insert(equipment).values(input).returning({ id: equipment.id });
  return row;
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const retireEquipment = adminAction.input(z.object({ id: z.string().uuid() })).handler(async ({ input }) => {
  // ok: missing-authorization
  await db.delete(equipment).where(eq(equipment.id, input.id));
});

// ok: missing-auth, missing-input-validation
export const setEquipmentStatus = managerAction.input(z.object({ id: z.string().uuid(), status: z.enum(["ok", "fault", "service"]) })).handler(async ({ input }) => {
  // ok: missing-authorization, mass-assignment
  await db.update(equipment).set({ status: input.status }).where(eq(equipment.id, input.id));
});

// ok: missing-auth
export const equipmentRegister = managerAction.handler(async () => {
  const rows = await db.select().from(equipment);
  // ruleid: excessive-data-exposure
  return rows;
});
