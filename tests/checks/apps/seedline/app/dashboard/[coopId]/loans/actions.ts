"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { verifySession } from "@/lib/dal";
import { assertLoanAccess, requireCoopMember } from "@/lib/permissions";
import { coopActionClient } from "@/lib/safe-action";
import { withCoopAdmin, withRole } from "@/lib/wrappers";

const cuid = z.string().cuid();

// ok: missing-auth, missing-input-validation
export const approveLoan = withRole(["TREASURER", "OWNER"], async (ctx, loanId: string) => {
  const id = cuid.parse(loanId);
  const res = await prisma.loan.updateMany({
    where: { id, coopId: ctx.coopId, status: "PENDING" },
    data: { status: "APPROVED", approvedById: ctx.userId },
  });
  return { updated: res.count };
});

// ok: missing-auth, missing-input-validation
export async function recordRepayment(loanId: string, amount: number) {
  const session = await verifySession();
  if (typeof loanId !== "string" || typeof amount !== "number" || !(amount > 0)) throw new Error("Invalid repayment");
  // ruleid: floating-auth-check
  assertLoanAccess(session.userId, loanId);
  // ruleid: missing-authorization
  await prisma.loanRepayment.create({ data: { loanId, amount, dueDate: new Date(), paidAt: new Date() } });
  // ruleid: missing-authorization
  // ruleid: mass-assignment
  await prisma.loan.update({ where: { id: loanId }, data: { balance: { decrement: amount } } });
  revalidatePath("/loans");
}

// ok: missing-auth, missing-input-validation
export async function rescheduleRepayment(loanId: string, repaymentId: string, dueDate: string) {
  const session = await verifySession();
  const input = z.object({ loanId: cuid, repaymentId: cuid, dueDate: z.coerce.date() }).parse({ loanId, repaymentId, dueDate });
  // ok: floating-auth-check
  await assertLoanAccess(session.userId, input.loanId);
  // ok: missing-authorization
  await prisma.loanRepayment.updateMany({ where: { id: input.repaymentId, loanId: input.loanId }, data: { dueDate: input.dueDate } });
}

const issueSchema = z.object({
  memberId: cuid,
  principal: z.number().positive().max(5_000_000),
  interestRate: z.number().min(0).max(0.3),
  items: z.array(z.object({ sku: z.string(), qty: z.number().int().positive() })).min(1),
});

// ok: missing-auth, missing-input-validation
export const issueInputLoan = coopActionClient
  .metadata({ actionName: "loan.issue" })
  .bindArgsSchemas([cuid])
  .inputSchema(issueSchema)
  .action(async ({ parsedInput, ctx }) => {
    if (!["TREASURER", "OWNER", "ADMIN"].includes(ctx.role)) throw new Error("Treasurer only");
    const member = await prisma.member.findFirst({ where: { id: parsedInput.memberId, coopId: ctx.coopId }, select: { id: true } });
    if (!member) throw new Error("Unknown member");
    const loan = await prisma.loan.create({
      // ok: mass-assignment
      data: { ...parsedInput, coopId: ctx.coopId, balance: parsedInput.principal },
      select: { id: true },
    });
    return { id: loan.id };
  });

// ok: missing-auth, missing-audit-log, missing-input-validation
export const writeOffLoan = withCoopAdmin("loan.write_off", async (ctx, loanId: string) => {
  const id = cuid.parse(loanId);
  await prisma.loan.updateMany({ where: { id, coopId: ctx.coopId }, data: { status: "WRITTEN_OFF", balance: 0 } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export async function getLoanStatement(coopId: string, loanId: string) {
  const ctx = await requireCoopMember(coopId, ["TREASURER", "OWNER", "ADMIN", "SUPPORT"]);
  const id = cuid.parse(loanId);
  const loan = await prisma.loan.findFirst({ where: { id, coopId: ctx.coopId } });
  const repayments = await prisma.loanRepayment.findMany({ where: { loanId: id }, select: { amount: true, dueDate: true, paidAt: true } });
  // ruleid: excessive-data-exposure
  return { loan, repayments };
}
