"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { withRole, withAudit } from "@/lib/wrappers";
import { FINANCE_ROLES } from "@/lib/authz";
import { Cuid, Pence } from "@/lib/validation";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const approvePayout = withRole(
  FINANCE_ROLES,
  withAudit("payout.approve", async (ctx, formData) => {
    const payoutId = Cuid.parse(formData.get("payoutId"));
    // ok: missing-authorization
    const { count } = await prisma.payout.updateMany({
      where: { id: payoutId, charityId: ctx.charityId, status: "pending" },
      data: { status: "approved", approvedBy: ctx.userId },
    });
    revalidatePath(`/dashboard/${ctx.charityId}/funds`);
    return { ok: count === 1 };
  }),
);

// ruleid: missing-input-validation
// ok: missing-auth
export const createPayout = withRole(FINANCE_ROLES, async (ctx, formData) => {
  await prisma.payout.create({
    data: {
      // ruleid: mass-assignment
      ...(Object.fromEntries(formData) as Record<string, string>),
      amountPence: Number(formData.get("amountPence")),
      charityId: ctx.charityId,
      status: "pending",
    },
  });
  return { ok: true };
});

const Adjustment = z.object({ fundId: Cuid, balancePence: z.coerce.number().int(), reason: z.string().min(5).max(300) });

// Year-end reconciliation screen: finance officer types in the reconciled balance.
// ok: missing-auth, missing-input-validation
export const reconcileFundBalance = withRole(FINANCE_ROLES, async (ctx, formData) => {
  const input = Adjustment.parse(Object.fromEntries(formData));
  // ok: missing-authorization
  await prisma.fund.updateMany({
    where: { id: input.fundId, charityId: ctx.charityId },
    // todoruleid: mass-assignment -- policy (pass 20): a privileged field written behind a role check is exempt; the contract's wording reports it
    data: { balancePence: input.balancePence },
  });
  return { ok: true, message: input.reason };
});

// ok: missing-auth, missing-input-validation
export const transferBetweenFunds = withRole(FINANCE_ROLES, async (ctx, formData) => {
  const { from, to, amountPence } = z.object({ from: Cuid, to: Cuid, amountPence: Pence }).parse(Object.fromEntries(formData));
  await prisma.$transaction([
    // ok: missing-authorization
    prisma.fund.updateMany({ where: { id: from, charityId: ctx.charityId }, data: { balancePence: { decrement: amountPence } } }),
    // ok: missing-authorization
    prisma.fund.updateMany({ where: { id: to, charityId: ctx.charityId }, data: { balancePence: { increment: amountPence } } }),
  ]);
  return { ok: true };
});
