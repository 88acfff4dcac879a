"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { withOperator, withOwner } from "@/lib/wrappers";

const vesselSchema = z.object({
  name: z.string().min(1).max(60),
  capacity: z.coerce.number().int().min(1).max(2000),
  vehicleDeck: z.coerce.boolean().default(false),
});

// ok: missing-auth, missing-input-validation
export const addVessel = withOperator(async (formData, ctx) => {
  const data = vesselSchema.parse(Object.fromEntries(formData));
  // ok: mass-assignment
  await prisma.vessel.create({ data: { ...data, operatorId: ctx.operatorId } });
});

// ok: missing-auth
// ruleid: missing-input-validation
export const renameVessel = withOperator(async (formData, ctx) => {
  const id = formData.get("id") as string;
  // ok: missing-authorization
  await prisma.vessel.updateMany({ where: { id, operatorId: ctx.operatorId }, data: { name: formData.get("name") as string } });
});

// ok: missing-auth
// ruleid: missing-input-validation
export const updateVessel = withOperator(async (formData, ctx) => {
  const id = z.string().parse(formData.get("id"));
  // ok: missing-authorization
  await prisma.vessel.update({
    where: { id, operatorId: ctx.operatorId },
    // ruleid: mass-assignment
    data: Object.fromEntries(formData),
  });
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const retireVessel = withOwner(async (formData, ctx) => {
  const id = z.string().parse(formData.get("id"));
  // ok: missing-authorization
  await prisma.vessel.deleteMany({ where: { id, operatorId: ctx.operatorId } });
});

// ok: missing-auth, missing-input-validation
export const moveVessel = withOperator(async (formData, ctx) => {
  const { id, operatorId } = z.object({ id: z.string(), operatorId: z.string() }).parse(Object.fromEntries(formData));
  // ruleid: missing-authorization
  await prisma.vessel.update({ where: { id }, data: { operatorId } });
});
