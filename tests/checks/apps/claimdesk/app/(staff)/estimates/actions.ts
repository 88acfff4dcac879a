"use server";

import { z } from "zod";
import { withRole } from "@/lib/wrappers";
import { adminActionClient } from "@/lib/safe-action";
import { verifySession, getStaffContext } from "@/lib/dal";
import { canEditClaim, isFinanceRole } from "@/lib/guards";
import { canAccessClaim } from "@/lib/permissions";
import { prisma } from "@/lib/db";
import { newToken } from "@/lib/crypto";
import { sendEmail } from "@/lib/notify";

// ok: missing-auth, missing-input-validation
export const approveEstimate = withRole(["owner", "admin", "claims_manager"], async (ctx, formData) => {
  const estimateId = z.string().cuid().parse(formData.get("estimateId"));
  const est = await prisma.estimate.findUnique({ where: { id: estimateId }, select: { id: true, claimId: true, totalCents: true } });
  if (!est) throw new Error("Not found");
  const claim = await prisma.claim.findFirst({ where: { id: est.claimId, tenantId: ctx.tenantId }, select: { id: true } });
  if (!claim) throw new Error("Not found");
  // ok: missing-authorization
  await prisma.estimate.update({ where: { id: est.id }, data: { status: "approved" } });
  await prisma.claim.update({ where: { id: claim.id }, data: { reserveCents: { increment: est.totalCents } } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export async function requestEstimateRevision(estimateId: string, note: string) {
  const { userId } = await verifySession();
  const ctx = await getStaffContext();
  const input = z.object({ estimateId: z.string().cuid(), note: z.string().min(1).max(2000) }).parse({ estimateId, note });
  const est = await prisma.estimate.findUnique({ where: { id: input.estimateId }, select: { claimId: true } });
  if (!est) throw new Error("Not found");
  // ruleid: floating-auth-check
  if (!canEditClaim(userId, est.claimId) && !isFinanceRole(ctx.role)) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await prisma.estimate.update({ where: { id: input.estimateId }, data: { status: "revision_requested" } });
  await prisma.claimNote.create({ data: { claimId: est.claimId, authorId: userId, body: input.note, internal: false } });
}

// ok: missing-auth, missing-input-validation
export async function listEstimates(claimId: string) {
  const ctx = await getStaffContext();
  const id = z.string().cuid().parse(claimId);
  // ok: floating-auth-check
  if (!(await canAccessClaim(ctx.userId, id))) throw new Error("Forbidden");
  const rows = await prisma.estimate.findMany({ where: { claimId: id }, orderBy: { totalCents: "asc" } });
  // ruleid: excessive-data-exposure
  return rows;
}

const InviteVendor = z.object({ name: z.string().min(2).max(120), email: z.string().email() });

// Invite a body shop to the vendor portal (sends an e-mail with the invite link)
// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export const inviteVendor = adminActionClient.inputSchema(InviteVendor).action(async ({ parsedInput, ctx }) => {
  const inviteToken = newToken();
  const vendor = await prisma.vendor.create({ data: { tenantId: ctx.tenantId, name: parsedInput.name, email: parsedInput.email, inviteToken }, select: { id: true } });
  await sendEmail(parsedInput.email, "You're invited to Claimdesk", `<a href="https://app.claimdesk.io/vendor/invite/${inviteToken}?v=${vendor.id}">Accept</a>`);
  return { id: vendor.id };
});
