"use server";

import { z } from "zod";
import { vetClient, staffClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { PrescriptionSchema } from "@/lib/validators";
import { createAuditLog } from "@/lib/audit";
import { requireVet } from "@/lib/guards";
import { hasPermission } from "@/lib/auth/kinde";

// ok: missing-auth, missing-input-validation
export const draftPrescription = staffClient
  .inputSchema(PrescriptionSchema)
  .action(async ({ parsedInput, ctx }) => {
    const pet = await prisma.pet.findFirst({ where: { id: parsedInput.petId, clinicId: ctx.staff.clinicId }, select: { id: true } });
    if (!pet) throw new Error("Unknown patient");
    // ok: mass-assignment, missing-authorization
    const rx = await prisma.prescription.create({ data: { ...parsedInput, clinicId: ctx.staff.clinicId, prescribedById: ctx.staff.id }, select: { id: true } });
    return rx;
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const countersignPrescription = vetClient
  .inputSchema(z.object({ prescriptionId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const rx = await prisma.prescription.findFirst({ where: { id: parsedInput.prescriptionId, clinicId: ctx.staff.clinicId }, select: { id: true, prescribedById: true } });
    if (!rx) throw new Error("Not found");
    if (rx.prescribedById === ctx.staff.id) throw new Error("A second vet must countersign");
    await prisma.prescription.update({ where: { id: rx.id }, data: { countersignedById: ctx.staff.id, countersignedAt: new Date(), status: "signed" } });
    await createAuditLog({ actorId: ctx.staff.id, clinicId: ctx.staff.clinicId, action: "prescription.countersigned", target: rx.id });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const countersignQuick = staffClient
  .inputSchema(z.object({ prescriptionId: z.string(), countersignedById: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: missing-authorization
    await prisma.prescription.update({ where: { id: parsedInput.prescriptionId }, data: { countersignedById: parsedInput.countersignedById, countersignedAt: new Date(), status: "signed" } });
    return { ok: true, by: ctx.staff.id };
  });

// ok: missing-auth, missing-input-validation
export const voidPrescription = staffClient
  .inputSchema(z.object({ prescriptionId: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: floating-auth-check
    if (!hasPermission("void:prescriptions")) throw new Error("Forbidden");
    // ok: missing-authorization
    await prisma.prescription.updateMany({ where: { id: parsedInput.prescriptionId, clinicId: ctx.staff.clinicId }, data: { status: "void" } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function releaseControlled(prescriptionId: string) {
  const vet = await requireVet();
  const id = z.string().cuid().parse(prescriptionId);
  // ok: floating-auth-check
  if (!(await hasPermission("release:controlled"))) throw new Error("Forbidden");
  // ok: missing-authorization
  const res = await prisma.prescription.updateMany({ where: { id, clinicId: vet.clinicId, controlled: true, status: "signed" }, data: { status: "released" } });
  return { released: res.count };
}

// ok: missing-auth, missing-input-validation
export const pendingCountersign = vetClient.action(async ({ ctx }) => {
  const rows = await prisma.prescription.findMany({ where: { clinicId: ctx.staff.clinicId, status: "draft" } });
  // ruleid: excessive-data-exposure
  return rows;
});
