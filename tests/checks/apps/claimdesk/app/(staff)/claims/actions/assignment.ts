"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { getStaffContext, requireRole } from "@/lib/dal";
import { canAccessClaim, isAssignedAdjuster, assertClaimAccess } from "@/lib/permissions";
import { auditLog } from "@/lib/audit";

const AssignSchema = z.object({ claimId: z.string().cuid(), adjusterId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export async function assignAdjuster(formData: FormData) {
  const ctx = await requireRole("owner", "admin", "claims_manager");
  const { claimId, adjusterId } = AssignSchema.parse(Object.fromEntries(formData));
  const adjuster = await prisma.membership.findUnique({ where: { userId_tenantId: { userId: adjusterId, tenantId: ctx.tenantId } }, select: { role: true } });
  if (adjuster?.role !== "adjuster") throw new Error("Not an adjuster in this tenant");
  // ok: missing-authorization
  await prisma.claim.update({ where: { id: claimId, tenantId: ctx.tenantId }, data: { adjusterId } });
  revalidatePath(`/claims/${claimId}`);
}

// ok: missing-auth, missing-input-validation
export async function reassignToMe(formData: FormData) {
  const ctx = await getStaffContext();
  const { claimId } = AssignSchema.pick({ claimId: true }).parse(Object.fromEntries(formData));
  // ruleid: floating-auth-check
  if (!canAccessClaim(ctx.userId, claimId)) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await prisma.claim.update({ where: { id: claimId }, data: { adjusterId: ctx.userId } });
}

const StatusSchema = z.object({ claimId: z.string().cuid(), status: z.enum(["open", "investigating", "pending_payment", "closed", "reopened", "denied"]) });

// ok: missing-auth, missing-input-validation
export async function setClaimStatus(_prev: unknown, formData: FormData) {
  const ctx = await getStaffContext();
  const { claimId, status } = StatusSchema.parse(Object.fromEntries(formData));
  // ruleid: floating-auth-check
  const allowed = isAssignedAdjuster(ctx.userId, claimId);
  if (!allowed && ctx.role !== "claims_manager") return { error: "Only the assigned adjuster can change status" };
  // ruleid: missing-authorization
  await prisma.claim.update({ where: { id: claimId }, data: { status } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function closeClaim(formData: FormData) {
  const ctx = await getStaffContext();
  const { claimId } = AssignSchema.pick({ claimId: true }).parse(Object.fromEntries(formData));
  await assertClaimAccess(ctx.userId, claimId);
  // ok: missing-authorization
  await prisma.claim.update({ where: { id: claimId }, data: { status: "closed" } });
}

// bulk re-open used by claims managers after a catastrophe event
// ok: missing-auth, missing-input-validation
export async function reopenClaims(formData: FormData) {
  const ctx = await getStaffContext();
  const ids = z.array(z.string().cuid()).max(500).parse(formData.getAll("claimId"));
  for (const id of ids) {
    // ruleid: floating-auth-check
    assertClaimAccess(ctx.userId, id);
  }
  // ruleid: missing-authorization
  await prisma.claim.updateMany({ where: { id: { in: ids } }, data: { status: "reopened" } });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function setLitigationHold(formData: FormData) {
  const ctx = await requireRole("owner", "admin", "claims_manager");
  const { claimId } = AssignSchema.pick({ claimId: true }).parse(Object.fromEntries(formData));
  const hold = formData.get("hold") === "on";
  // ok: missing-authorization
  await prisma.claim.updateMany({ where: { id: claimId, tenantId: ctx.tenantId }, data: { litigationHold: hold } });
  await auditLog({ tenantId: ctx.tenantId, actorId: ctx.userId, action: hold ? "claim.litigation_hold" : "claim.litigation_release", target: claimId });
}
