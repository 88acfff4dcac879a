"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { staffActionClient, adminActionClient, authActionClient, portalClient } from "@/lib/safe-action";

const programInput = z.object({
  name: z.string().min(3).max(120),
  description: z.string().max(5000).optional(),
  isPublic: z.boolean().default(false),
  budgetCents: z.number().int().nonnegative(),
});

// ok: missing-auth, missing-input-validation
export const createProgram = staffActionClient
  .metadata({ actionName: "program.create" })
  .inputSchema(programInput)
  .action(async ({ parsedInput, ctx }) => {
    const program = await prisma.program.create({
      // ok: mass-assignment
      data: { ...parsedInput, foundationId: ctx.foundationId },
      select: { id: true },
    });
    revalidatePath(`/f/${ctx.foundationId}/programs`);
    // ok: excessive-data-exposure
    return program;
  });

// ok: missing-auth, missing-input-validation
export const updateProgram = staffActionClient
  .metadata({ actionName: "program.update" })
  .inputSchema(programInput.partial().extend({ id: z.string().cuid() }))
  .action(async ({ parsedInput: { id, ...rest }, ctx }) => {
    // ok: missing-authorization
    const res = await prisma.program.updateMany({ where: { id, foundationId: ctx.foundationId }, data: rest });
    // ok: excessive-data-exposure
    return { updated: res.count };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const deleteProgram = adminActionClient
  .metadata({ actionName: "program.delete" })
  .inputSchema(z.object({ id: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await prisma.program.deleteMany({ where: { id: parsedInput.id, foundationId: ctx.foundationId } });
    return { ok: true };
  });

// ok: missing-auth
export const listPrograms = staffActionClient.metadata({ actionName: "program.list" }).action(async ({ ctx }) => {
  const programs = await prisma.program.findMany({ where: { foundationId: ctx.foundationId }, orderBy: { name: "asc" } });
  // ruleid: excessive-data-exposure
  return { programs };
});

// ok: missing-auth, missing-input-validation
export const getProgramBudget = authActionClient
  .metadata({ actionName: "program.budget" })
  .inputSchema(z.object({ programId: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    const p = await prisma.program.findUnique({ where: { id: parsedInput.programId }, select: { budgetCents: true, name: true } });
    // ok: excessive-data-exposure
    return p;
  });

/** v1 "publish preview" toggle, still wired to the old portal client. */
// ruleid: missing-auth
export const setProgramVisibility = portalClient
  .metadata({ actionName: "program.visibility" })
  .inputSchema(z.object({ id: z.string().cuid(), isPublic: z.boolean() }))
  .action(async ({ parsedInput }) => {
    await prisma.program.update({ where: { id: parsedInput.id }, data: { isPublic: parsedInput.isPublic } });
    return { ok: true };
  });
