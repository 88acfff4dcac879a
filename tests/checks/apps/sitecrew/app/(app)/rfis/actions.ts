"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { authedProcedure } from "@/lib/zsa";
import { isBallInCourt } from "@/lib/guards";
import { sendEmail } from "@/lib/notify";
import { rateLimitByKey } from "@/lib/ratelimit";

async function canReassign(userId: string, rfiId: string): Promise<boolean> {
  const rfi = await prisma.rfi.findUnique({ where: { id: rfiId }, select: { createdById: true, projectId: true } });
  if (!rfi) return false;
  if (rfi.createdById === userId) return true;
  const pm = await prisma.projectMember.findFirst({
    where: { projectId: rfi.projectId, userId, role: "PROJECT_MANAGER" },
    select: { id: true },
  });
  return pm !== null;
}

// ok: missing-auth, missing-input-validation
export const createRfi = authedProcedure
  .createServerAction()
  .input(
    z.object({
      projectId: z.string().cuid(),
      subject: z.string().min(3).max(200),
      question: z.string().min(10).max(10_000),
      ballInCourtId: z.string().cuid(),
    }),
  )
  .handler(async ({ input, ctx }) => {
    const project = await prisma.project.findFirst({ where: { id: input.projectId, tenantId: ctx.tenantId }, select: { id: true } });
    if (!project) throw new Error("Project not found");
    const number = (await prisma.rfi.count({ where: { projectId: project.id } })) + 1;
    const rfi = await prisma.rfi.create({
      // ok: mass-assignment
      data: { ...input, projectId: project.id, tenantId: ctx.tenantId, number, createdById: ctx.userId },
      select: { id: true, number: true },
    });
    // ok: excessive-data-exposure
    return rfi;
  });

// ok: missing-auth, missing-input-validation
export const respondToRfi = authedProcedure
  .createServerAction()
  .input(z.object({ rfiId: z.string().cuid(), answer: z.string().min(1).max(10_000) }))
  .handler(async ({ input, ctx }) => {
    // ruleid: floating-auth-check
    if (!isBallInCourt(ctx.userId, input.rfiId)) throw new Error("This RFI is not in your court");
    // ok: missing-authorization
    await prisma.rfi.updateMany({
      where: { id: input.rfiId, tenantId: ctx.tenantId },
      data: { answer: input.answer, status: "answered" },
    });
    revalidatePath("/rfis");
  });

// ok: missing-auth, missing-input-validation
export const reassignRfi = authedProcedure
  .createServerAction()
  .input(z.object({ rfiId: z.string().cuid(), ballInCourtId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // ruleid: floating-auth-check
    const allowed = canReassign(ctx.userId, input.rfiId);
    if (!allowed) throw new Error("Forbidden");
    // ruleid: missing-authorization
    await prisma.rfi.update({ where: { id: input.rfiId }, data: { ballInCourtId: input.ballInCourtId } });
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const nudgeBallInCourt = authedProcedure
  .createServerAction()
  .input(z.object({ rfiId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    if (!(await rateLimitByKey(`nudge:${ctx.userId}:${input.rfiId}`))) throw new Error("You already nudged recently");
    // ok: missing-authorization
    const rfi = await prisma.rfi.findFirst({
      where: { id: input.rfiId, tenantId: ctx.tenantId },
      select: { number: true, subject: true, ballInCourtId: true },
    });
    if (!rfi) throw new Error("Not found");
    const assignee = await prisma.user.findUnique({ where: { id: rfi.ballInCourtId }, select: { email: true } });
    if (assignee) await sendEmail(assignee.email, `RFI #${rfi.number} is waiting on you`, rfi.subject);
    return { nudged: true };
  });

// ok: missing-auth, missing-input-validation
export const getRfi = authedProcedure
  .createServerAction()
  .input(z.object({ rfiId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: floating-auth-check
    const inCourt = await isBallInCourt(ctx.userId, input.rfiId);
    // ok: missing-authorization
    const rfi = await prisma.rfi.findFirst({
      where: { id: input.rfiId, tenantId: ctx.tenantId },
      select: { id: true, number: true, subject: true, question: true, answer: true, status: true },
    });
    // ok: excessive-data-exposure
    return rfi ? { ...rfi, inCourt } : null;
  });
