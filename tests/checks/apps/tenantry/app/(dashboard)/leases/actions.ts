"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { verifySession, requireAgencyMember, getOptionalSession } from "@/lib/dal";
import { canManageLease, getLeaseForAgency, listLeasesByFilter, searchLeasesByRenterName, isFinanceMember } from "@/services";
import { logger } from "@/lib/logger";

const leaseSchema = z.object({
  unitId: z.string().cuid(),
  renterId: z.string().cuid(),
  startDate: z.coerce.date(),
  endDate: z.coerce.date().optional(),
  rentPence: z.coerce.number().int().positive(),
  depositPence: z.coerce.number().int().nonnegative(),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function createLease(formData: FormData) {
  const { agencyId, role } = await requireAgencyMember();
  if (role === "VIEWER" || role === "ACCOUNTANT") throw new Error("Forbidden");
  const input = leaseSchema.parse(Object.fromEntries(formData));
  const unit = await prisma.unit.findFirst({ where: { id: input.unitId, agencyId }, select: { id: true } });
  if (!unit) throw new Error("Unknown unit");
  const lease = await prisma.lease.create({
    // ok: mass-assignment
    data: { ...input, agencyId, status: "draft" },
    select: { id: true },
  });
  redirect(`/leases/${lease.id}`);
}

// ok: missing-auth, missing-input-validation
export async function getLease(leaseId: string) {
  const { agencyId } = await requireAgencyMember();
  const lease = await getLeaseForAgency(agencyId, z.string().cuid().parse(leaseId));
  // ok: excessive-data-exposure
  return lease;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function activateLease(leaseId: string) {
  const { userId } = await verifySession();
  // ruleid: floating-auth-check
  if (!canManageLease(userId, leaseId)) {
    throw new Error("Forbidden");
  }
  // ruleid: missing-authorization
  await prisma.lease.update({ where: { id: leaseId }, data: { status: "active" } });
  revalidatePath("/leases");
}

// ok: missing-auth, missing-input-validation
export async function terminateLease(leaseId: string, reason: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(leaseId);
  const why = z.string().min(3).max(500).parse(reason);
  // ok: floating-auth-check
  const allowed = await canManageLease(userId, id);
  if (!allowed) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.lease.update({ where: { id }, data: { status: "terminated", endDate: new Date() } });
  logger.info({ leaseId: id, userId, why }, "lease.terminated");
}

// ok: missing-auth, missing-input-validation
export async function adjustDeposit(formData: FormData) {
  const { userId } = await verifySession();
  const { leaseId, depositPence } = z
    .object({ leaseId: z.string().cuid(), depositPence: z.coerce.number().int().nonnegative() })
    .parse({ leaseId: formData.get("leaseId"), depositPence: formData.get("depositPence") });
  const lease = await prisma.lease.findUnique({ where: { id: leaseId }, select: { agencyId: true } });
  if (!lease) throw new Error("Not found");
  // ruleid: floating-auth-check
  if (!isFinanceMember(userId, lease.agencyId)) throw new Error("Finance roles only");
  // ruleid: missing-authorization
  await prisma.lease.update({ where: { id: leaseId }, data: { depositPence } });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function renewLease(leaseId: string, months: number) {
  const { userId } = await verifySession();
  // ok: floating-auth-check
  return canManageLease(userId, leaseId).then(async (allowed) => {
    if (!allowed) throw new Error("Forbidden");
    const lease = await prisma.lease.findUniqueOrThrow({ where: { id: leaseId }, select: { endDate: true } });
    const end = new Date(lease.endDate ?? new Date());
    end.setMonth(end.getMonth() + months);
    // ok: missing-authorization
    await prisma.lease.update({ where: { id: leaseId }, data: { endDate: end } });
    return { endDate: end };
  });
}

const filterSchema = z.object({ filter: z.enum(["active", "ending", "draft"]) });

// ok: missing-auth, missing-input-validation
export async function filterLeases(input: z.input<typeof filterSchema>) {
  const { agencyId } = await requireAgencyMember();
  const { filter } = filterSchema.parse(input);
  const rows = await listLeasesByFilter(agencyId, filter);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id as string, status: r.status as string }));
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function searchLeases(term: string) {
  const { agencyId } = await requireAgencyMember();
  return searchLeasesByRenterName(agencyId, term);
}

// ruleid: missing-auth
// ruleid: missing-input-validation
export async function leaseRentHistory(leaseId: string) {
  const session = await getOptionalSession();
  logger.info({ viewer: session?.userId, leaseId }, "lease.history.viewed");
  const payments = await prisma.payment.findMany({
    where: { leaseId },
    select: { id: true, amountPence: true, createdAt: true },
  });
  return payments;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function leaseForDashboard(leaseId: string) {
  const session = await getOptionalSession();
  if (!session) redirect("/sign-in");
  const { agencyId } = await requireAgencyMember();
  // ok: missing-authorization
  const lease = await prisma.lease.findFirst({ where: { id: leaseId, agencyId }, select: { id: true, rentPence: true } });
  // ok: excessive-data-exposure
  return lease;
}
