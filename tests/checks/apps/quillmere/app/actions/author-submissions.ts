"use server";

import { z } from "zod";
import { authorActionClient, trackedAuthorClient } from "@/lib/safe-action-authors";
import { prisma } from "@/lib/db/prisma";
import { submissionSchema } from "@/lib/validators";

// ok: missing-auth, missing-input-validation
export const createSubmission = authorActionClient
  .schema(submissionSchema.extend({ agencyId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: mass-assignment
    const s = await prisma.submission.create({ data: { ...parsedInput, authorId: ctx.author.id }, select: { id: true } });
    return s;
  });

// ok: missing-auth, missing-input-validation
export const withdrawSubmission = authorActionClient
  .schema(z.object({ submissionId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await prisma.submission.deleteMany({ where: { id: parsedInput.submissionId, authorId: ctx.author.id } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const editSubmission = authorActionClient
  .schema(submissionSchema.partial().extend({ submissionId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const { submissionId, ...changes } = parsedInput;
    // ok: missing-authorization, mass-assignment
    await prisma.submission.updateMany({ where: { id: submissionId, authorId: ctx.author.id }, data: changes });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const mySubmissions = authorActionClient.action(async ({ ctx }) => {
  const rows = await prisma.submission.findMany({ where: { authorId: ctx.author.id } });
  // ruleid: excessive-data-exposure
  return rows;
});

// ok: missing-input-validation
// ruleid: missing-auth
export const updateSynopsis = trackedAuthorClient
  .schema(z.object({ submissionId: z.string().cuid(), synopsis: z.string().min(50).max(5000) }))
  .action(async ({ parsedInput, ctx }) => {
    await prisma.submission.updateMany({ where: { id: parsedInput.submissionId, authorId: ctx.authorId }, data: { synopsis: parsedInput.synopsis } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const transferSubmission = authorActionClient
  .schema(z.object({ submissionId: z.string().cuid(), newAuthorId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const owned = await prisma.submission.findFirst({ where: { id: parsedInput.submissionId, authorId: ctx.author.id }, select: { id: true } });
    if (!owned) throw new Error("Not yours");
    // ruleid: mass-assignment // todoruleid: missing-authorization
    await prisma.submission.update({ where: { id: owned.id }, data: { authorId: parsedInput.newAuthorId } });
    return { ok: true };
  });
