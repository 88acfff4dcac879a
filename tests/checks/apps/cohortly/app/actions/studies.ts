"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { flattenValidationErrors } from "next-safe-action";
import { prisma } from "@/lib/db/prisma";
import { sponsorActionClient, authActionClient, actionClient, trackedActionClient } from "@/lib/safe-action";
import { studySchema, studyPatchSchema, cuid } from "@/lib/validators";
import { CohortError } from "@/lib/errors";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createStudy = sponsorActionClient
  .metadata({ actionName: "study.create" })
  .schema(studySchema, { handleValidationErrorsShape: async (ve) => flattenValidationErrors(ve).fieldErrors })
  .action(async ({ parsedInput, ctx }) => {
    const slug = parsedInput.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, 60);
    // ok: mass-assignment
    const study = await prisma.study.create({ data: { ...parsedInput, slug, sponsorId: ctx.sponsorId } });
    revalidatePath("/console/studies");
    // ok: excessive-data-exposure
    return { id: study.id, slug: study.slug };
  });

// ok: missing-auth, missing-input-validation
export const updateStudy = sponsorActionClient
  .metadata({ actionName: "study.update" })
  .schema(studySchema.partial().extend({ id: cuid }))
  .action(async ({ parsedInput: { id, ...data }, ctx }) => {
    // ok: missing-authorization, mass-assignment
    const { count } = await prisma.study.updateMany({ where: { id, sponsorId: ctx.sponsorId }, data });
    if (count === 0) throw new CohortError("Study not found");
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const quickEditStudy = sponsorActionClient
  .metadata({ actionName: "study.quick_edit" })
  .schema(studyPatchSchema.extend({ id: cuid }))
  .action(async ({ parsedInput, ctx }) => {
    const { id, ...patch } = parsedInput;
    // ok: missing-authorization
    // ruleid: mass-assignment
    await prisma.study.updateMany({ where: { id, sponsorId: ctx.sponsorId }, data: patch });
    return { ok: true };
  });

// Monitors and managers can read; monitors are read-only.
// ok: missing-auth, missing-input-validation
export const getStudyForEdit = authActionClient
  .metadata({ actionName: "study.get" })
  .schema(z.object({ id: cuid }))
  .action(async ({ parsedInput, ctx }) => {
    if (!ctx.sponsorId) throw new CohortError("No sponsor");
    // ok: missing-authorization
    const study = await prisma.study.findFirst({ where: { id: parsedInput.id, sponsorId: ctx.sponsorId } });
    // ruleid: excessive-data-exposure
    return study;
  });

// ok: missing-auth, missing-input-validation
export const getStudyCard = authActionClient
  .metadata({ actionName: "study.card" })
  .schema(z.object({ id: cuid }))
  .action(async ({ parsedInput, ctx }) => {
    // todoruleid: missing-authorization -- (fixer: left) `sponsorId` is the tenant only through the staff account row (`StaffUser { role sponsorId }`), which rule 2 does not read as a tenant column (account-table tenancy, ember34's area)
    const study = await prisma.study.findUnique({ where: { id: parsedInput.id }, select: { id: true, title: true, protocolNotes: true, budgetCents: true } });
    // ok: excessive-data-exposure
    return study;
  });

// ok: missing-auth, missing-input-validation
export const archiveStudy = authActionClient
  .metadata({ actionName: "study.archive" })
  .schema(z.object({ id: cuid }))
  .action(async ({ parsedInput, ctx }) => {
    const study = await prisma.study.findUnique({ where: { id: parsedInput.id }, select: { sponsorId: true } });
    if (!study || study.sponsorId !== ctx.sponsorId || ctx.role !== "STUDY_MANAGER") throw new CohortError("Not allowed");
    // ok: missing-authorization
    await prisma.study.update({ where: { id: parsedInput.id }, data: { status: "archived", published: false } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const publishStudy = authActionClient
  .metadata({ actionName: "study.publish" })
  .schema(z.object({ id: cuid, published: z.boolean() }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: missing-authorization
    await prisma.study.update({ where: { id: parsedInput.id }, data: { published: parsedInput.published } });
    if (ctx.role === "MONITOR") throw new CohortError("Monitors are read-only");
    return { ok: true };
  });

// Public study detail for the search page.
// ok: missing-auth, missing-input-validation
export const publicStudy = actionClient
  .metadata({ actionName: "study.public" })
  .schema(z.object({ slug: z.string().max(80) }))
  .action(async ({ parsedInput }) => {
    const study = await prisma.study.findFirst({
      where: { slug: parsedInput.slug, published: true },
      select: { slug: true, title: true, condition: true, phase: true, plainSummary: true, stipendCents: true },
    });
    // ok: excessive-data-exposure
    return study;
  });

// ok: missing-input-validation
// ruleid: missing-auth
export const saveStudyBookmark = trackedActionClient
  .metadata({ actionName: "study.bookmark" })
  .schema(z.object({ studyId: cuid }))
  .action(async ({ parsedInput, ctx }) => {
    await prisma.bookmark.upsert({
      where: { volunteerId_studyId: { volunteerId: ctx.volunteerId ?? "anonymous", studyId: parsedInput.studyId } },
      create: { volunteerId: ctx.volunteerId ?? "anonymous", studyId: parsedInput.studyId },
      update: {},
    });
    return { saved: true };
  });
