"use server";

import { z } from "zod";
import { createServerAction } from "zsa";
import { authedProcedure } from "@/lib/zsa";
import { prisma } from "@/lib/db";
import { hasRole } from "@/lib/permissions";

// ok: missing-auth, missing-input-validation
export const createDiaryTask = authedProcedure
  .createServerAction()
  .input(z.object({ claimId: z.string().cuid(), title: z.string().min(1).max(200), dueAt: z.coerce.date(), ownerId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    const claim = await prisma.claim.findFirst({ where: { id: input.claimId, tenant: { members: { some: { userId: ctx.user.id } } } }, select: { tenantId: true } });
    if (!claim) throw new Error("Not found");
    await prisma.diaryTask.create({
      data: {
        claimId: input.claimId,
        title: input.title,
        dueAt: input.dueAt,
        // ruleid: missing-authorization, mass-assignment
        ownerId: input.ownerId,
      },
    });
  });

// ok: missing-auth, missing-input-validation
export const completeDiaryTask = authedProcedure
  .createServerAction()
  .input(z.object({ taskId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    await prisma.diaryTask.updateMany({ where: { id: input.taskId, ownerId: ctx.user.id }, data: { doneAt: new Date() } });
  });

// ok: missing-input-validation
// ruleid: missing-auth
export const snoozeDiaryTask = createServerAction()
  .input(z.object({ taskId: z.string().cuid(), days: z.number().int().min(1).max(30) }))
  .handler(async ({ input }) => {
    const task = await prisma.diaryTask.findUniqueOrThrow({ where: { id: input.taskId }, select: { dueAt: true } });
    await prisma.diaryTask.update({ where: { id: input.taskId }, data: { dueAt: new Date(task.dueAt.getTime() + input.days * 864e5) } });
  });

// ok: missing-auth, missing-input-validation
export const listTeamDiary = authedProcedure
  .createServerAction()
  .input(z.object({ tenantId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // ruleid: floating-auth-check
    if (!hasRole(ctx.user.id, input.tenantId, ["owner", "admin", "claims_manager"])) throw new Error("Forbidden");
    // ruleid: missing-authorization
    const tasks = await prisma.claim.findMany({ where: { tenantId: input.tenantId, status: "open" }, select: { id: true, number: true, adjusterId: true } });
    // ok: excessive-data-exposure
    return tasks;
  });
