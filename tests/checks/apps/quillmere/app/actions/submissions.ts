"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { agencyActionClient, ActionError } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { canEditSubmission } from "@/lib/guards";

const statusSchema = z.object({
  submissionId: z.string().cuid(),
  status: z.enum(["received", "reading", "requested_full", "declined", "offered"]),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const updateSubmissionStatus = agencyActionClient
  .metadata({ actionName: "updateSubmissionStatus" })
  .schema(statusSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await prisma.submission.updateMany({ where: { id: parsedInput.submissionId, agencyId: ctx.agencyId }, data: { status: parsedInput.status } });
    revalidatePath("/dashboard/submissions");
    return { ok: true };
  });

const assignSchema = z.object({ submissionId: z.string().cuid(), agentId: z.string().cuid() });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const assignSubmission = agencyActionClient
  .metadata({ actionName: "assignSubmission" })
  .schema(assignSchema)
  .action(async ({ parsedInput, ctx }) => {
    const agent = await prisma.agent.findFirst({ where: { id: parsedInput.agentId, agencyId: ctx.agencyId }, select: { id: true } });
    if (!agent) throw new ActionError("Agent not in your agency");
    // ok: missing-authorization
    await prisma.submission.update({ where: { id: parsedInput.submissionId, agencyId: ctx.agencyId }, data: { assignedAgentId: agent.id } });
    return { ok: true };
  });

const notesSchema = z.object({ submissionId: z.string(), internalNotes: z.string().max(10000) });

// ok: missing-auth, missing-input-validation
export const saveInternalNotes = agencyActionClient
  .metadata({ actionName: "saveInternalNotes" })
  .schema(notesSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: floating-auth-check
    if (!canEditSubmission(ctx.agencyId, parsedInput.submissionId)) {
      throw new ActionError("Not your submission");
    }
    // ruleid: missing-authorization
    await prisma.submission.update({ where: { id: parsedInput.submissionId }, data: { internalNotes: parsedInput.internalNotes } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const declineSubmission = agencyActionClient
  .metadata({ actionName: "declineSubmission" })
  .schema(z.object({ submissionId: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    const allowed = await canEditSubmission(ctx.agencyId, parsedInput.submissionId);
    if (!allowed) throw new ActionError("Not your submission");
    // ok: missing-authorization
    await prisma.submission.update({ where: { id: parsedInput.submissionId }, data: { status: "declined" } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const getSubmission = agencyActionClient
  .metadata({ actionName: "getSubmission" })
  .schema(z.object({ submissionId: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: missing-authorization
    const submission = await prisma.submission.findUnique({ where: { id: parsedInput.submissionId } });
    // ruleid: excessive-data-exposure
    return submission;
  });

// ok: missing-auth, missing-input-validation
export const getSubmissionSummary = agencyActionClient
  .metadata({ actionName: "getSubmissionSummary" })
  .schema(z.object({ submissionId: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const submission = await prisma.submission.findFirst({
      where: { id: parsedInput.submissionId, agencyId: ctx.agencyId },
      select: { id: true, title: true, genre: true, status: true, synopsis: true },
    });
    // ok: excessive-data-exposure
    return submission;
  });
