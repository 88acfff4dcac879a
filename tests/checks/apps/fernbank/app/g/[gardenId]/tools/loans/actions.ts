"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { memberClient } from "@/lib/safe-action";
import { loanSchema } from "@/lib/validation/schemas";
import { toolAccess } from "@/lib/dal/tools";
import { ActionError } from "@/lib/errors";

// ok: missing-auth, missing-input-validation
export const borrowTool = memberClient
  .metadata({ name: "loan.borrow" })
  .schema(loanSchema)
  .action(async ({ parsedInput, ctx }) => {
    const access = await toolAccess(parsedInput.toolId, ctx.userId);
    if (!access) throw new ActionError("Tool not found");
    if (!access.tool.available) throw new ActionError("Tool is already on loan");
    const dueAt = new Date(Date.now() + parsedInput.days * 86_400_000);
    // ok: missing-authorization, mass-assignment
    const loan = await prisma.toolLoan.create({ data: { toolId: access.tool.id, borrowerId: ctx.userId, dueAt } });
    await prisma.tool.update({ where: { id: access.tool.id }, data: { available: false } });
    return { loanId: loan.id, dueAt: loan.dueAt };
  });

// ok: missing-auth, missing-input-validation
export const returnTool = memberClient
  .metadata({ name: "loan.return" })
  .schema(z.object({ loanId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const loan = await prisma.toolLoan.findFirst({ where: { id: parsedInput.loanId, borrowerId: ctx.userId, returnedAt: null }, select: { id: true, toolId: true } });
    if (!loan) throw new ActionError("Loan not found");
    await prisma.toolLoan.update({ where: { id: loan.id }, data: { returnedAt: new Date() } });
    await prisma.tool.update({ where: { id: loan.toolId }, data: { available: true } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const extendLoan = memberClient
  .metadata({ name: "loan.extend" })
  .schema(z.object({ loanId: z.string().cuid(), extraDays: z.number().int().min(1).max(7) }))
  .action(async ({ parsedInput }) => {
    const dueAt = new Date(Date.now() + parsedInput.extraDays * 86_400_000);
    // ruleid: missing-authorization
    await prisma.toolLoan.update({ where: { id: parsedInput.loanId }, data: { dueAt } });
    return { dueAt };
  });

// ok: missing-auth
export const myLoans = memberClient.metadata({ name: "loan.mine" }).action(async ({ ctx }) => {
  const loans = await prisma.toolLoan.findMany({
    where: { borrowerId: ctx.userId, returnedAt: null },
    select: { id: true, dueAt: true, tool: { select: { name: true } } },
  });
  // ok: excessive-data-exposure
  return loans;
});
