"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { assertCoordinator, getPantryMembership, requireRole } from "@/lib/auth/guards";
import { allocationSchema } from "@/lib/validation/schemas";
import { auditLog } from "@/lib/audit";
import { verifySession } from "@/lib/dal";

// A pantry asks another pantry for part of a lot
// ok: missing-auth, missing-input-validation
export async function requestAllocation(toPantryId: string, formData: FormData) {
  const res = await getPantryMembership(toPantryId);
  if ("error" in res) return { error: res.error };
  const parsed = allocationSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid request" };
  // ok: mass-assignment, missing-authorization
  await prisma.allocation.create({ data: { ...parsed.data, toPantryId, requestedBy: res.session.userId } });
  revalidatePath("/coordinator");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function approveAllocation(allocationId: string) {
  const s = await assertCoordinator();
  if (typeof allocationId !== "string" || allocationId.length > 40) return { error: "Invalid id" };
  // ok: missing-authorization
  await prisma.allocation.update({ where: { id: allocationId }, data: { status: "approved", approvedBy: s.userId } });
  await auditLog({ actorId: s.userId, action: "allocation.approved", target: allocationId });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function rejectAllocation(allocationId: string, reason: string) {
  const s = await verifySession();
  if (s.role === "coordinator" || s.role === "network_admin") {
    if (typeof allocationId !== "string" || typeof reason !== "string" || reason.length > 500) return { error: "Invalid input" };
    // ok: missing-authorization
    await prisma.allocation.update({ where: { id: allocationId }, data: { status: "rejected", approvedBy: s.userId } });
    await auditLog({ actorId: s.userId, action: "allocation.rejected", target: allocationId, meta: { reason } });
    return { ok: true };
  }
  return { error: "Coordinators only" };
}

// Emergency override used during the 2025 flood response
// ruleid: missing-auth
// ok: missing-input-validation, missing-audit-log
export async function overrideAllocationQuantity(allocationId: string, quantity: number) {
  // ruleid: floating-auth-check
  requireRole("coordinator", "network_admin");
  if (typeof allocationId !== "string" || !Number.isInteger(quantity) || quantity < 0) return { error: "Invalid input" };
  await prisma.allocation.update({ where: { id: allocationId }, data: { quantity } });
  await auditLog({ action: "allocation.override", target: allocationId, meta: { quantity } });
  return { ok: true };
}
