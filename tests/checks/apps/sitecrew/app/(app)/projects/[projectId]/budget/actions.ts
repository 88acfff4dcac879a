"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { authActionClient, adminActionClient } from "@/lib/safe-action";
import { canManageBudget } from "@/lib/guards";

const LineSchema = z.object({
  projectId: z.string().cuid(),
  lineId: z.string().cuid(),
  revised: z.number().finite().min(0),
  description: z.string().max(200).optional(),
});

// ok: missing-auth, missing-input-validation
export const updateBudgetLine = authActionClient
  .inputSchema(LineSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: floating-auth-check
    if (!canManageBudget(ctx.userId, parsedInput.projectId)) {
      throw new Error("Only project managers can edit the budget");
    }
    // ok: missing-authorization
    await prisma.budgetLine.updateMany({
      where: { id: parsedInput.lineId, projectId: parsedInput.projectId, locked: false, project: { tenantId: ctx.tenantId } },
      data: { revised: parsedInput.revised, description: parsedInput.description },
    });
    revalidatePath(`/projects/${parsedInput.projectId}/budget`);
  });

// ok: missing-auth, missing-input-validation
export const addBudgetLine = authActionClient
  .inputSchema(LineSchema.omit({ lineId: true }).extend({ costCode: z.string().regex(/^\d{2}-\d{4}$/) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    const allowed = await canManageBudget(ctx.userId, parsedInput.projectId);
    if (!allowed) throw new Error("Forbidden");
    // ok: mass-assignment, missing-authorization
    await prisma.budgetLine.create({
      data: {
        projectId: parsedInput.projectId,
        costCode: parsedInput.costCode,
        description: parsedInput.description ?? "",
        original: parsedInput.revised,
        revised: parsedInput.revised,
      },
    });
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const lockBudget = adminActionClient
  .metadata({ name: "budget.locked" })
  .inputSchema(z.object({ projectId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await prisma.budgetLine.updateMany({
      where: { projectId: parsedInput.projectId, project: { tenantId: ctx.tenantId } },
      data: { locked: true },
    });
  });

// ok: missing-auth, missing-input-validation
export const getBudget = authActionClient
  .inputSchema(z.object({ projectId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const project = await prisma.project.findFirst({ where: { id: parsedInput.projectId, tenantId: ctx.tenantId }, select: { id: true } });
    if (!project) throw new Error("Not found");
    const lines = await prisma.budgetLine.findMany({ where: { projectId: project.id }, orderBy: { costCode: "asc" } });
    // ruleid: excessive-data-exposure
    return lines;
  });
