"use server";

import { z } from "zod";
import { ZSAError } from "zsa";
import { db, sql } from "@/lib/db";
import { authedProcedure, companyProcedure, tracedProcedure } from "@/lib/zsa";
import { canAccessInterview } from "@/lib/permissions";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const scheduleInterview = companyProcedure
  .createServerAction()
  .input(z.object({ applicationId: z.string().cuid(), interviewerId: z.string().cuid(), scheduledAt: z.coerce.date() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const app = await db.application.findFirst({
      where: { id: input.applicationId, job: { companyId: ctx.companyId } },
      select: { id: true },
    });
    if (!app) throw new ZSAError("NOT_FOUND", "Application not found");
    const interview = await db.interview.create({
      data: { applicationId: app.id, interviewerId: input.interviewerId, scheduledAt: input.scheduledAt },
      select: { id: true, scheduledAt: true },
    });
    // ok: excessive-data-exposure
    return interview;
  });

// ok: missing-auth, missing-input-validation
export const reassignInterviewer = companyProcedure
  .createServerAction()
  .input(z.object({ interviewId: z.string().cuid(), interviewerId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // ruleid: floating-auth-check
    if (!canAccessInterview(ctx, input.interviewId)) {
      throw new ZSAError("FORBIDDEN", "Not your interview");
    }
    // ruleid: missing-authorization
    await db.interview.update({ where: { id: input.interviewId }, data: { interviewerId: input.interviewerId } });
  });

// ok: missing-auth, missing-input-validation
export const cancelInterview = companyProcedure
  .createServerAction()
  .input(z.object({ interviewId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: floating-auth-check
    if (!(await canAccessInterview(ctx, input.interviewId))) {
      throw new ZSAError("FORBIDDEN", "Not your interview");
    }
    // ok: missing-authorization
    await db.interview.delete({ where: { id: input.interviewId } });
  });

// ok: missing-auth
export const listMyInterviews = authedProcedure.createServerAction().handler(async ({ ctx }) => {
  // ok: sql-injection
  const rows = await sql<{ id: string; scheduled_at: Date; title: string }[]>`
    SELECT i.id, i."scheduledAt" AS scheduled_at, j.title
      FROM "Interview" i
      JOIN "Application" a ON a.id = i."applicationId"
      JOIN "Job" j ON j.id = a."jobId"
      JOIN "User" u ON u.id = i."interviewerId"
     WHERE u."externalId" = ${ctx.clerkUserId} AND i."scheduledAt" > now()
     ORDER BY i."scheduledAt"`;
  // ok: excessive-data-exposure
  return rows;
});

// tracedProcedure only adds a request id
// ruleid: missing-auth
export const listInterviewsForCalendar = tracedProcedure
  .createServerAction()
  .input(z.object({ companyId: z.string().min(1), from: z.string().date() }))
  .handler(async ({ input }) => {
    // ruleid: sql-injection
    const rows = await sql.unsafe(`SELECT i.id, i."scheduledAt" FROM "Interview" i JOIN "Application" a ON a.id = i."applicationId" JOIN "Job" j ON j.id = a."jobId" WHERE j."companyId" = '${input.companyId}' AND i."scheduledAt" >= '${input.from}'`);
    return rows.map((r) => ({ id: r.id as string, at: r.scheduledAt as Date }));
  });

// ok: missing-auth, missing-input-validation
export const listInterviewsFor = companyProcedure
  .createServerAction()
  .input(z.object({ asUserId: z.string().cuid().optional() }))
  .handler(async ({ input, ctx }) => {
    const userId = input.asUserId ?? ctx.userId;
    // ruleid: missing-authorization
    const rows = await db.interview.findMany({
      where: { interviewerId: userId },
      select: { id: true, scheduledAt: true, application: { select: { candidate: { select: { name: true } } } } },
    });
    // ok: excessive-data-exposure
    return rows;
  });

// ok: missing-auth, missing-input-validation
export const rescheduleInterview = companyProcedure
  .createServerAction()
  .input(z.object({ interviewId: z.string().cuid(), scheduledAt: z.coerce.date() }))
  .handler(async ({ input, ctx }) => {
    try {
      // ok: missing-authorization
      const res = await db.interview.updateMany({
        where: { id: input.interviewId, application: { job: { companyId: ctx.companyId } } },
        data: { scheduledAt: input.scheduledAt },
      });
      return { ok: res.count === 1 };
    } catch (e) {
      // ruleid: information-disclosure
      return { ok: false, error: (e as Error).message };
    }
  });
