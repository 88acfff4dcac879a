"use server";

import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";

// Called from the Stripe and mobile-money webhooks after a repayment settles.
// ruleid: missing-auth
// ok: missing-input-validation
export async function recalculateLoanBalances(coopId: string) {
  if (typeof coopId !== "string" || !/^c[a-z0-9]{24}$/.test(coopId)) throw new Error("bad coop id");
  const loans = await prisma.loan.findMany({ where: { coopId, status: "APPROVED" }, select: { id: true, principal: true } });
  for (const loan of loans) {
    const paid = await prisma.loanRepayment.aggregate({ where: { loanId: loan.id, paidAt: { not: null } }, _sum: { amount: true } });
    await prisma.loan.update({ where: { id: loan.id }, data: { balance: Number(loan.principal) - Number(paid._sum.amount ?? 0) } });
  }
  logger.info({ coopId, loans: loans.length }, "loan balances recalculated");
  return { updated: loans.length };
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function markPayoutSettled(payoutId: string, providerRef: string) {
  if (typeof payoutId !== "string" || typeof providerRef !== "string") throw new Error("bad input");
  await prisma.payout.update({ where: { id: payoutId }, data: { status: "PAID", providerRef } });
}
