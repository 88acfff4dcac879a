"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { orgActionClient, ActionError } from "@/lib/safe-action";
import { sendEmail, renderTemplate } from "@/lib/mail";
import { checkRateLimit } from "@/lib/rate-limit";

const MoveSchema = z.object({ applicationId: z.string().cuid(), stageId: z.string().cuid() });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const moveApplicationStage = orgActionClient
  .metadata({ actionName: "moveApplicationStage" })
  .inputSchema(MoveSchema)
  .action(async ({ parsedInput: { applicationId, stageId }, ctx }) => {
    // ok: missing-authorization
    const app = await db.application.findUnique({
      where: { id: applicationId },
      select: { jobId: true, job: { select: { companyId: true } } },
    });
    if (!app || app.job.companyId !== ctx.companyId) throw new ActionError("Application not found");
    // ok: missing-authorization
    const stage = await db.stage.findFirst({ where: { id: stageId, jobId: app.jobId }, select: { id: true } });
    if (!stage) throw new ActionError("Stage not found");
    // ok: missing-authorization
    await db.application.update({ where: { id: applicationId }, data: { stageId: stage.id } });
    revalidatePath(`/jobs/${app.jobId}`);
  });

// ok: missing-auth, missing-input-validation
export const rateApplication = orgActionClient
  .metadata({ actionName: "rateApplication" })
  .inputSchema(z.object({ applicationId: z.string().cuid(), rating: z.number().int().min(1).max(5) }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    await db.application.update({
      where: { id: parsedInput.applicationId },
      // ok: mass-assignment
      data: { rating: parsedInput.rating },
    });
  });

const BulkRejectSchema = z.object({ ids: z.array(z.string().cuid()).min(1).max(200), templateId: z.string().cuid() });

// ruleid: missing-rate-limit
export const bulkReject = orgActionClient
  .metadata({ actionName: "bulkReject" })
  .inputSchema(BulkRejectSchema)
  .action(async ({ parsedInput: { ids, templateId }, ctx }) => {
    const [template, apps] = await Promise.all([
      db.emailTemplate.findFirst({ where: { id: templateId, companyId: ctx.companyId }, select: { subject: true, body: true } }),
      // ok: missing-authorization
      db.application.findMany({
        where: { id: { in: ids }, job: { companyId: ctx.companyId } },
        select: { id: true, candidate: { select: { name: true, email: true } }, job: { select: { title: true } } },
      }),
    ]);
    if (!template) throw new ActionError("Template not found");
    // ok: missing-authorization
    await db.application.updateMany({ where: { id: { in: apps.map((a) => a.id) } }, data: { status: "rejected" } });
    for (const a of apps) {
      const vars = { "candidate.name": a.candidate.name, "job.title": a.job.title };
      await sendEmail({ to: a.candidate.email, subject: renderTemplate(template.subject, vars), html: renderTemplate(template.body, vars) });
    }
    return { rejected: apps.length };
  });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export const sendRejectionEmail = orgActionClient
  .metadata({ actionName: "sendRejectionEmail" })
  .inputSchema(z.object({ applicationId: z.string().cuid(), body: z.string().min(10).max(10_000) }))
  .action(async ({ parsedInput, ctx }) => {
    await checkRateLimit(`reject-mail:${ctx.companyId}`);
    // ok: missing-authorization
    const app = await db.application.findFirst({
      where: { id: parsedInput.applicationId, job: { companyId: ctx.companyId } },
      select: { id: true, candidate: { select: { email: true } } },
    });
    if (!app) throw new ActionError("Not found");
    await sendEmail({ to: app.candidate.email, subject: "About your application", html: parsedInput.body });
    await db.application.update({ where: { id: app.id }, data: { status: "rejected" } });
  });
