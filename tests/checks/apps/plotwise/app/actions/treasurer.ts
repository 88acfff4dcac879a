"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { withCommitteeRole, withCommitteeAudit } from "@/lib/action-wrappers";
import { memberActionClient } from "@/lib/safe-action";
import { requireCommitteeRole } from "@/lib/auth/roles";
import { auditLog } from "@/lib/audit";
import { toPublicError } from "@/lib/errors";

const feeAmountSchema = z.object({ feeId: z.string().cuid(), amountPence: z.coerce.number().int().min(0).max(100_000) });

// todoruleid: missing-audit-log -- known gap (pass 42, D): committee-role admin operation (treasurer money/fee change, sessions revoked, email force-verified, site deleted) not seen as an admin action
// ok: missing-auth, missing-input-validation
export const adjustFeeAmount = withCommitteeRole("TREASURER", async (user, formData: FormData) => {
  const { feeId, amountPence } = feeAmountSchema.parse(Object.fromEntries(formData));
  // ok: missing-authorization
  await prisma.fee.update({ where: { id: feeId }, data: { amountPence } });
});

// ok: missing-auth, missing-audit-log, missing-input-validation
export const bulkWaiveForHardship = withCommitteeAudit("TREASURER", "fee.bulk_waive", async (user, feeIds: string[]) => {
  const ids = z.array(z.string().cuid()).max(200).parse(feeIds);
  // ok: missing-authorization
  await prisma.fee.updateMany({ where: { id: { in: ids }, status: "DUE" }, data: { status: "WAIVED", waivedById: user.id, waivedReason: "hardship" } });
});

// ok: missing-auth, missing-input-validation
export const recordCashPayment = withCommitteeRole("TREASURER", async (user, formData: FormData) => {
  const input = z.object({ userId: z.string().cuid(), year: z.coerce.number().int(), amountPence: z.coerce.number().int().positive() }).parse(Object.fromEntries(formData));
  // ok: mass-assignment
  await prisma.fee.create({ data: { userId: input.userId, year: input.year, amountPence: input.amountPence, status: "PAID", paidAt: new Date() } });
  await auditLog({ actorId: user.id, action: "fee.cash", target: input.userId });
});

// ok: missing-auth, missing-input-validation
export const getFeeLedger = withCommitteeRole("TREASURER", async (user, year: number) => {
  const y = z.number().int().parse(year);
  const fees = await prisma.fee.findMany({ where: { year: y }, include: { user: true } });
  // ruleid: excessive-data-exposure
  return fees;
});

// ok: missing-auth, missing-input-validation
export const getFeeLedgerSummary = withCommitteeRole("TREASURER", async (user, year: number) => {
  const y = z.number().int().parse(year);
  const fees = await prisma.fee.findMany({ where: { year: y }, include: { user: true } });
  // ok: excessive-data-exposure
  return fees.map((f) => ({ id: f.id, member: f.user.name, amountPence: f.amountPence, status: f.status }));
});

// ok: missing-auth
// ruleid: missing-input-validation
export async function ledgerCsv(year: string, orderBy: string) {
  // ok: floating-auth-check
  await requireCommitteeRole("TREASURER");
  // ruleid: sql-injection
  const rows = await prisma.$queryRawUnsafe<{ name: string; amount: number; status: string }[]>(
    'SELECT u.name, f."amountPence" AS amount, f.status FROM "Fee" f JOIN "User" u ON u.id = f."userId" WHERE f.year = ' + year + " ORDER BY " + orderBy,
  );
  return rows.map((r) => `${r.name},${r.amount},${r.status}`).join("\n");
}

// ok: missing-auth, missing-input-validation
export const requestFeeRefund = memberActionClient.schema(z.object({ feeId: z.string().cuid(), reason: z.string().max(500) })).action(async ({ parsedInput, ctx }) => {
  // ruleid: missing-authorization -- the fee is picked by its id alone; the session user named in the written text ties nothing (fixed pass 42, K)
  await prisma.fee.update({ where: { id: parsedInput.feeId }, data: { waivedReason: `Refund requested by ${ctx.user.name}: ${parsedInput.reason}` } });
  return { requested: true };
});

// ok: missing-auth, missing-input-validation
export async function treasurerStats() {
  // ok: floating-auth-check
  await requireCommitteeRole("TREASURER");
  try {
    const [due, paid] = await Promise.all([
      prisma.fee.aggregate({ _sum: { amountPence: true }, where: { status: "DUE" } }),
      prisma.fee.aggregate({ _sum: { amountPence: true }, where: { status: "PAID" } }),
    ]);
    return { due: due._sum.amountPence ?? 0, paid: paid._sum.amountPence ?? 0 };
  } catch (error) {
    // ruleid: information-disclosure
    return { error: error instanceof Error ? error.message : "unknown" };
  }
}

// ok: missing-auth, missing-input-validation
export async function treasurerArrearsCount() {
  // ok: floating-auth-check
  await requireCommitteeRole("TREASURER");
  try {
    return { count: await prisma.fee.count({ where: { status: "DUE" } }) };
  } catch (error) {
    // ok: information-disclosure
    return { error: toPublicError(error) };
  }
}
