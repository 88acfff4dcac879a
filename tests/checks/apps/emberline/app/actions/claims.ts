"use server";

import { z } from "zod";
import { insurerActionClient } from "@/lib/safe-action-insurer";
import { requireInsurer, getInsurerSession } from "@/lib/auth/insurer";
import { claimDecisionSchema } from "@/lib/validators";
import { prisma } from "@/lib/db/prisma";
import { writeAudit } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export const listClaims = insurerActionClient
  .schema(z.object({ status: z.enum(["submitted", "approved", "denied"]).optional() }))
  .action(async ({ parsedInput, ctx }) => {
    const rows = await prisma.claim.findMany({
      where: { insurerId: ctx.insurerId, ...(parsedInput.status ? { status: parsedInput.status } : {}) },
      select: { id: true, status: true, amountCents: true, practiceId: true },
    });
    // ok: excessive-data-exposure
    return rows;
  });

// ok: missing-auth, missing-input-validation
export const claimDetail = insurerActionClient
  .schema(z.object({ claimId: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    const claim = await prisma.claim.findUnique({ where: { id: parsedInput.claimId } });
    // ruleid: excessive-data-exposure
    return claim;
  });

// ok: missing-auth, missing-input-validation
export async function decideClaim(input: unknown) {
  const session = await requireInsurer();
  const data = await claimDecisionSchema.validate(input, { stripUnknown: true });
  // ok: missing-authorization
  const res = await prisma.claim.updateMany({ where: { id: data.claimId, insurerId: session.insurerId }, data: { status: data.decision, payerNotes: data.payerNotes } });
  await writeAudit({ actorId: session.insurerUserId, action: `claim.${data.decision}`, target: data.claimId });
  return { updated: res.count };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function reopenClaim(input: unknown) {
  const session = await getInsurerSession();
  const data = claimDecisionSchema.validateSync(input);
  // ok: missing-authorization
  await prisma.claim.updateMany({ where: { id: data.claimId, insurerId: session.insurerId }, data: { status: "submitted" } });
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function addPayerNote(claimId: string, note: string) {
  const session = await requireInsurer();
  // ruleid: missing-authorization
  await prisma.claim.update({ where: { id: claimId }, data: { payerNotes: note } });
  return { ok: true, insurer: session.insurerId };
}

// ok: missing-auth, missing-input-validation
export async function claimsForInsurer(insurerId: string) {
  const session = await requireInsurer();
  const { id } = z.object({ id: z.string().cuid() }).parse({ id: insurerId });
  // ruleid: missing-authorization
  const rows = await prisma.claim.findMany({ where: { insurerId: id }, select: { id: true, status: true, amountCents: true } });
  return { rows, viewer: session.insurerUserId };
}

// ok: missing-auth, missing-input-validation
export async function claimsForInsurerChecked(insurerId: string) {
  const session = await requireInsurer();
  const { id } = z.object({ id: z.string().cuid() }).parse({ id: insurerId });
  if (id !== session.insurerId) throw new Error("Forbidden");
  // ok: missing-authorization
  const rows = await prisma.claim.findMany({ where: { insurerId: id }, select: { id: true, status: true, amountCents: true } });
  return rows;
}
