"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { authedProcedure } from "@/lib/zsa";
import { isFoundationAdmin } from "@/lib/permissions";

const cycleInput = z.object({
  programId: z.string().cuid(),
  opensAt: z.coerce.date(),
  closesAt: z.coerce.date(),
  blindReview: z.boolean().default(false),
});

// ok: missing-auth, missing-input-validation
export const createCycle = authedProcedure
  .createServerAction()
  .input(cycleInput)
  .handler(async ({ input, ctx }) => {
    const program = await prisma.program.findUnique({ where: { id: input.programId }, select: { foundationId: true } });
    if (!program) throw new Error("Program not found");
    // ruleid: floating-auth-check
    const allowed = isFoundationAdmin(ctx.userId, program.foundationId);
    if (!allowed) throw new Error("Forbidden");
    // ruleid: missing-authorization -- a parsed row written whole: its parent key (input.programId) is checked only through a row loaded by it and an un-awaited check of that row's foundationId
    const cycle = await prisma.cycle.create({ data: input, select: { id: true } });
    return cycle;
  });

// ok: missing-auth, missing-input-validation
export const updateCycleDates = authedProcedure
  .createServerAction()
  .input(cycleInput.omit({ programId: true }).extend({ id: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    const cycle = await prisma.cycle.findUnique({ where: { id: input.id }, select: { program: { select: { foundationId: true } } } });
    if (!cycle) throw new Error("Not found");
    // ok: floating-auth-check
    if (!(await isFoundationAdmin(ctx.userId, cycle.program.foundationId))) throw new Error("Forbidden");
    const { id, ...dates } = input;
    // ok: missing-authorization
    await prisma.cycle.update({ where: { id }, data: dates });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const getCycle = authedProcedure
  .createServerAction()
  .input(z.object({ id: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    const cycle = await prisma.cycle.findFirst({
      // ok: missing-authorization
      where: { id: input.id, program: { foundation: { memberships: { some: { userId: ctx.userId } } } } },
      select: { id: true, opensAt: true, closesAt: true, blindReview: true },
    });
    // ok: excessive-data-exposure
    return cycle;
  });
