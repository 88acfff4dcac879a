"use server";

import { z } from "zod";
import { staffActionClient, authActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db";
import { signedUploadUrl, signedDownloadUrl } from "@/lib/storage";
import { canAccessClaim, isAssignedAdjuster, assertClaimAccess } from "@/lib/permissions";
import { verifySession } from "@/lib/dal";
import { newToken } from "@/lib/crypto";

const UploadSchema = z.object({
  claimId: z.string().cuid(),
  kind: z.enum(["photo", "police_report", "medical_record", "invoice", "other"]),
  contentType: z.enum(["image/jpeg", "image/png", "application/pdf"]),
});

// ok: missing-auth, missing-input-validation
export const requestEvidenceUpload = staffActionClient.inputSchema(UploadSchema).action(async ({ parsedInput, ctx }) => {
  // ok: floating-auth-check
  if (!(await canAccessClaim(ctx.userId, parsedInput.claimId))) throw new Error("Forbidden");
  const key = `${ctx.tenantId}/${parsedInput.claimId}/${newToken(12)}`;
  const url = await signedUploadUrl(key, parsedInput.contentType);
  const ev = await prisma.evidence.create({
    // ok: mass-assignment
    data: { claimId: parsedInput.claimId, kind: parsedInput.kind, storageKey: key, containsPhi: parsedInput.kind === "medical_record", uploadedBy: ctx.userId },
    select: { id: true },
  });
  return { id: ev.id, url };
});

// ok: missing-auth, missing-input-validation
export const getEvidenceDownloadUrl = authActionClient
  .inputSchema(z.object({ evidenceId: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    const ev = await prisma.evidence.findUnique({ where: { id: parsedInput.evidenceId }, select: { storageKey: true } });
    if (!ev) throw new Error("Not found");
    return { url: await signedDownloadUrl(ev.storageKey) };
  });

// PHI (medical records) go through a stricter path
// ok: missing-auth, missing-input-validation
export const getPhiEvidenceUrl = staffActionClient
  .inputSchema(z.object({ evidenceId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: missing-authorization
    const ev = await prisma.evidence.findUnique({ where: { id: parsedInput.evidenceId }, select: { claimId: true, storageKey: true, containsPhi: true } });
    if (!ev) throw new Error("Not found");
    // ruleid: floating-auth-check
    if (!canAccessClaim(ctx.userId, ev.claimId)) throw new Error("Forbidden");
    return { url: await signedDownloadUrl(ev.storageKey) };
  });

// ok: missing-auth, missing-input-validation
export const deleteEvidence = authActionClient
  .inputSchema(z.object({ evidenceId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const ev = await prisma.evidence.findUnique({ where: { id: parsedInput.evidenceId }, select: { claimId: true } });
    if (!ev) throw new Error("Not found");
    // ruleid: floating-auth-check
    const allowed = isAssignedAdjuster(ctx.userId, ev.claimId);
    if (!allowed) throw new Error("Only the assigned adjuster can delete evidence");
    // ruleid: missing-authorization
    await prisma.evidence.delete({ where: { id: parsedInput.evidenceId } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function flagEvidencePhi(evidenceId: string, containsPhi: boolean) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(evidenceId);
  if (typeof containsPhi !== "boolean") throw new Error("Bad flag");
  const ev = await prisma.evidence.findUnique({ where: { id }, select: { claimId: true } });
  if (!ev) throw new Error("Not found");
  // ok: floating-auth-check
  await assertClaimAccess(userId, ev.claimId);
  // ok: missing-authorization
  await prisma.evidence.update({ where: { id }, data: { containsPhi } });
}
