"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { assertFinanceApprover, isCharityMember, requireCharityRole, FINANCE_ROLES } from "@/lib/authz";
import { auditLog } from "@/lib/audit";
import { Cuid } from "@/lib/validation";

const Ids = z.object({ charityId: Cuid, payoutId: Cuid });

// ok: missing-auth, missing-input-validation
export async function releasePayout(charityId: string, payoutId: string) {
  const s = await verifySession();
  const ids = Ids.parse({ charityId, payoutId });
  // ruleid: floating-auth-check
  assertFinanceApprover(ids.charityId);
  // ruleid: missing-authorization
  await prisma.payout.update({ where: { id: ids.payoutId }, data: { status: "released", approvedBy: s.userId } });
  await auditLog({ actorId: s.userId, charityId: ids.charityId, action: "payout.release", target: ids.payoutId });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function holdPayout(charityId: string, payoutId: string) {
  const s = await verifySession();
  const ids = Ids.parse({ charityId, payoutId });
  // ruleid: floating-auth-check
  if (!isCharityMember(ids.charityId, s.userId) && !s.isPlatformAdmin) {
    throw new Error("Forbidden");
  }
  // ruleid: missing-authorization
  await prisma.payout.updateMany({ where: { id: ids.payoutId, charityId: ids.charityId }, data: { status: "on_hold" } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function approveGrantDrawdown(charityId: string, payoutId: string) {
  const s = await verifySession();
  const ids = Ids.parse({ charityId, payoutId });
  // ruleid: floating-auth-check
  void requireCharityRole(ids.charityId, FINANCE_ROLES);
  // ruleid: missing-authorization
  await prisma.payout.update({ where: { id: ids.payoutId }, data: { status: "approved", approvedBy: s.userId } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function payoutBankDetails(charityId: string, payoutId: string) {
  const s = await verifySession();
  const ids = Ids.parse({ charityId, payoutId });
  // ruleid: floating-auth-check
  const allowed = s.isPlatformAdmin ? true : isCharityMember(ids.charityId, s.userId);
  if (!allowed) throw new Error("Forbidden");
  // ruleid: missing-authorization
  const payout = await prisma.payout.findUnique({ where: { id: ids.payoutId }, select: { sortCode: true, accountNumber: true } });
  // ok: excessive-data-exposure
  return payout;
}

// ok: missing-auth, missing-input-validation
export async function listPendingPayouts(charityId: string) {
  const s = await verifySession();
  const cid = Cuid.parse(charityId);
  // ok: floating-auth-check
  const member = await isCharityMember(cid, s.userId);
  if (!member) throw new Error("Forbidden");
  const rows = await prisma.payout.findMany({
    where: { charityId: cid, status: "pending" },
    select: { id: true, amountPence: true, beneficiaryId: true, fundId: true },
  });
  // ok: excessive-data-exposure
  return rows;
}
