"use server";

import { z } from "zod";
import { ZSAError } from "zsa";
import { prisma } from "@/lib/db/prisma";
import { reviewerProcedure, authedProcedure, profileProcedure } from "@/lib/zsa";
import { signedDownloadUrl } from "@/lib/storage";
import { sendEmail } from "@/lib/email";
import { rateLimitByKey } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation
export const addReviewComment = reviewerProcedure
  .createServerAction()
  .input(z.object({ planSetId: z.string().cuid(), discipline: z.enum(["building", "fire", "zoning", "electrical", "plumbing"]), body: z.string().min(1).max(5000), internal: z.boolean().default(false) }))
  .handler(async ({ input, ctx }) => {
    const planSet = await prisma.planSet.findUnique({ where: { id: input.planSetId }, select: { permitId: true } });
    if (!planSet) throw new ZSAError("NOT_FOUND");
    const permit = await prisma.permit.findFirst({ where: { id: planSet.permitId, municipalityId: ctx.municipalityId }, select: { id: true } });
    if (!permit) throw new ZSAError("FORBIDDEN");
    const comment = await prisma.reviewComment.create({
      // ok: mass-assignment
      data: { ...input, reviewerId: ctx.user.id },
      select: { id: true },
    });
    // ok: excessive-data-exposure
    return comment;
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const requestCorrections = reviewerProcedure
  .createServerAction()
  .input(z.object({ permitId: z.string().cuid(), summary: z.string().min(10).max(10000) }))
  .handler(async ({ input, ctx }) => {
    if (!(await rateLimitByKey(`corrections:${ctx.user.id}`))) throw new ZSAError("TOO_MANY_REQUESTS");
    const permit = await prisma.permit.findFirst({
      where: { id: input.permitId, municipalityId: ctx.municipalityId },
      select: { id: true, number: true, applicantEmail: true },
    });
    if (!permit?.applicantEmail) throw new ZSAError("NOT_FOUND");
    // ok: missing-authorization
    await prisma.permit.update({ where: { id: permit.id }, data: { status: "CORRECTIONS" } });
    await sendEmail(permit.applicantEmail, `Corrections requested on ${permit.number}`, input.summary);
    return { ok: true };
  });

// Comments on a plan set, for the applicant-facing review viewer.
// ok: missing-auth, missing-input-validation
export const listReviewComments = authedProcedure
  .createServerAction()
  .input(z.object({ planSetId: z.string().cuid() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization -- review comments of any plan set, filed under a permit and its municipality
    const comments = await prisma.reviewComment.findMany({ where: { planSetId: input.planSetId } });
    // ruleid: excessive-data-exposure
    return comments;
  });

// ok: missing-auth, missing-input-validation
export const getPlanDownloadUrl = authedProcedure
  .createServerAction()
  .input(z.object({ planSetId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    const planSet = await prisma.planSet.findUnique({ where: { id: input.planSetId }, select: { storageKey: true, permitId: true } });
    if (!planSet) throw new ZSAError("NOT_FOUND");
    const permit = await prisma.permit.findUnique({ where: { id: planSet.permitId }, select: { applicantId: true } });
    if (permit?.applicantId !== ctx.user.id) throw new ZSAError("FORBIDDEN");
    // ok: excessive-data-exposure
    return { url: signedDownloadUrl(planSet.storageKey) };
  });

// Prefill for the kiosk's "continue as" banner.
export const whoAmI = profileProcedure.createServerAction().handler(async ({ ctx }) => {
  // ok: excessive-data-exposure
  return { email: ctx.email };
});

// Kiosk: mark a plan set as stamped by the design professional who is signed in at the counter.
// ruleid: missing-auth
// ok: missing-input-validation
export const stampPlanSet = profileProcedure
  .createServerAction()
  .input(z.object({ planSetId: z.string().cuid(), stampToken: z.string().min(16) }))
  .handler(async ({ input, ctx }) => {
    await prisma.planSet.update({
      where: { id: input.planSetId },
      data: { stampedBy: ctx.clerkId, stampToken: input.stampToken },
    });
    return { ok: true };
  });
