"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { staffActionClient, auditedStaffClient, applicantActionClient, ActionError } from "@/lib/safe-action";
import { permitDraftSchema, permitIdSchema, statusChangeSchema, feeAdjustSchema } from "@/lib/validation/permits";
import { assertPermitInMunicipality } from "@/lib/permissions";

function nextPermitNumber(type: string) {
  return `${type.slice(0, 3).toUpperCase()}-${new Date().getFullYear()}-${Math.floor(Math.random() * 1e6).toString().padStart(6, "0")}`;
}

// Counter staff open a permit on behalf of a walk-in applicant.
// ok: missing-auth, missing-input-validation
export const createPermitDraft = staffActionClient
  .metadata({ actionName: "permit.create" })
  .inputSchema(permitDraftSchema.extend({ applicantEmail: z.string().email() }))
  .action(async ({ parsedInput, ctx }) => {
    const applicant = await prisma.user.findUnique({ where: { email: parsedInput.applicantEmail }, select: { id: true } });
    if (!applicant) throw new ActionError("Ask the applicant to create a portal account first.");
    const permit = await prisma.permit.create({
      data: {
        // ok: mass-assignment
        ...parsedInput,
        applicantId: applicant.id,
        number: nextPermitNumber(parsedInput.type),
        municipalityId: ctx.municipalityId,
      },
      select: { id: true, number: true },
    });
    revalidatePath("/staff/permits");
    // ok: excessive-data-exposure
    return permit;
  });

// ok: missing-auth, missing-input-validation
export const changePermitStatus = staffActionClient
  .metadata({ actionName: "permit.status" })
  .inputSchema(statusChangeSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const updated = await prisma.permit.updateMany({
      where: { id: parsedInput.permitId, municipalityId: ctx.municipalityId },
      data: { status: parsedInput.status, issuedAt: parsedInput.status === "ISSUED" ? new Date() : undefined },
    });
    if (updated.count === 0) throw new ActionError("Permit not found");
    // ok: excessive-data-exposure
    return { updated: updated.count };
  });

// ok: missing-auth, missing-input-validation
export const getPermitForCounter = staffActionClient
  .metadata({ actionName: "permit.read" })
  .inputSchema(permitIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: excessive-data-exposure
    return prisma.permit.findFirst({ where: { id: parsedInput.permitId, municipalityId: ctx.municipalityId } });
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const adjustFee = auditedStaffClient
  .metadata({ actionName: "fee.adjust" })
  .inputSchema(feeAdjustSchema)
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.role !== "DEPARTMENT_HEAD" && ctx.role !== "OWNER") throw new ActionError("Department heads only");
    const fee = await prisma.fee.findUniqueOrThrow({ where: { id: parsedInput.feeId }, select: { permitId: true } });
    await assertPermitInMunicipality(fee.permitId, ctx.municipalityId);
    // ok: missing-authorization
    await prisma.fee.update({
      where: { id: parsedInput.feeId },
      data: { amount: parsedInput.amount, waivedBy: parsedInput.waived ? ctx.userId : null },
    });
    return { ok: true };
  });

// Applicants withdraw a draft they started (kiosk or portal).
// ruleid: missing-auth
// ok: missing-input-validation
export const withdrawApplication = applicantActionClient
  .metadata({ actionName: "permit.withdraw" })
  .inputSchema(permitIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    await prisma.permit.updateMany({
      where: { id: parsedInput.permitId, applicantId: ctx.userId ?? "", status: "DRAFT" },
      data: { status: "VOID" },
    });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const listPermitsForMap = staffActionClient
  .metadata({ actionName: "permit.map" })
  .inputSchema(z.object({ bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]) }))
  .action(async ({ ctx }) => {
    const rows = await prisma.permit.findMany({
      where: { municipalityId: ctx.municipalityId, status: { in: ["ISSUED", "IN_REVIEW"] } },
      take: 2000,
    });
    // ok: excessive-data-exposure
    return rows.map((p) => ({ id: p.id, number: p.number, type: p.type, address: p.address, status: p.status }));
  });
