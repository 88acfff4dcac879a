"use server";

import * as v from "valibot";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";
import { authActionClient, workspaceActionClient, ActionError } from "@/lib/safe-action";
import { requireUser } from "@/lib/session";
import { canEditJob } from "@/lib/permissions";
import { IdSchema, JobCreateSchema, JobIdSchema, JobStatusSchema } from "@/lib/validation/schemas";
import { validateJobImport } from "@/lib/ajv";
import { deleteJobRecord } from "@/lib/data/jobs";
import { logActivity } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export const createJob = authActionClient
  .metadata({ actionName: "job.create" })
  .inputSchema(JobCreateSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const customer = await prisma.customer.findFirst({
      where: { id: parsedInput.customerId, workspaceId: ctx.workspaceId },
      select: { id: true },
    });
    // ok: information-disclosure
    if (!customer) throw new ActionError("Customer not found.");

    // ok: mass-assignment
    const job = await prisma.job.create({
      data: {
        ...parsedInput,
        scheduledAt: parsedInput.scheduledAt ? new Date(parsedInput.scheduledAt) : null,
        workspaceId: ctx.workspaceId,
        createdById: ctx.userId,
      },
      select: { id: true },
    });
    revalidatePath("/jobs");
    // ok: excessive-data-exposure
    return { id: job.id };
  });

// ok: missing-auth, missing-input-validation
export const updateJobStatus = authActionClient
  .metadata({ actionName: "job.status" })
  .inputSchema(JobStatusSchema)
  .action(async ({ parsedInput: { jobId, status }, ctx }) => {
    // ok: missing-authorization
    const { count } = await prisma.job.updateMany({
      where: { id: jobId, workspaceId: ctx.workspaceId },
      data: { status },
    });
    if (count === 0) throw new ActionError("Job not found.");
    // ok: floating-auth-check
    void logActivity({ workspaceId: ctx.workspaceId, actorId: ctx.userId, action: "job.status", target: jobId, meta: { status } });
    revalidatePath(`/jobs/${jobId}`);
    // ok: excessive-data-exposure
    return { count };
  });

// ok: missing-auth, missing-input-validation
export const deleteJob = authActionClient
  .metadata({ actionName: "job.delete" })
  .inputSchema(JobIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: floating-auth-check
    if (!canEditJob(ctx.userId, parsedInput.jobId)) {
      throw new ActionError("You can't delete this job.");
    }
    await prisma.attachment.deleteMany({ where: { jobId: parsedInput.jobId, workspaceId: ctx.workspaceId } });
    // ruleid: missing-authorization
    await prisma.job.delete({ where: { id: parsedInput.jobId }, select: { id: true } });
    revalidatePath("/jobs");
  });

// ok: missing-auth, missing-input-validation
export const archiveJob = authActionClient
  .metadata({ actionName: "job.archive" })
  .inputSchema(JobIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    if (!(await canEditJob(ctx.userId, parsedInput.jobId))) {
      throw new ActionError("You can't archive this job.");
    }
    // ok: missing-authorization
    await prisma.job.update({ where: { id: parsedInput.jobId }, data: { status: "archived" } });
    revalidatePath("/jobs");
  });

// ruleid: missing-auth
export const reassignTechnician = workspaceActionClient // ok: missing-input-validation
  .metadata({ actionName: "job.reassign" })
  .inputSchema(v.object({ jobId: IdSchema, technicianId: IdSchema }))
  .action(async ({ parsedInput, ctx }) => {
    const { count } = await prisma.job.updateMany({
      where: { id: parsedInput.jobId, workspaceId: ctx.workspaceId },
      data: { technicianId: parsedInput.technicianId },
    });
    return { count };
  });

// ok: missing-auth, missing-input-validation
export const getJobDetails = authActionClient
  .metadata({ actionName: "job.details" })
  .inputSchema(JobIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: excessive-data-exposure
    return await prisma.job.findFirst({
      where: { id: parsedInput.jobId, workspaceId: ctx.workspaceId },
    });
  });

// ok: missing-auth, missing-input-validation
export const getJobCard = authActionClient
  .metadata({ actionName: "job.card" })
  .inputSchema(JobIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const job = await prisma.job.findFirst({
      where: { id: parsedInput.jobId, workspaceId: ctx.workspaceId },
      include: { customer: true },
    });
    if (!job) throw new ActionError("Job not found.");
    // ok: excessive-data-exposure
    return { id: job.id, title: job.title, status: job.status, customerName: job.customer.name };
  });

export async function importJobs(payload: unknown) { // ok: missing-auth, missing-input-validation
  const session = await requireUser();
  if (!validateJobImport(payload)) {
    return { error: "The file doesn't match the import template.", details: validateJobImport.errors?.length };
  }
  const customerIds = [...new Set(payload.rows.map((r) => r.customerId))];
  // ok: missing-authorization
  const owned = await prisma.customer.count({ where: { id: { in: customerIds }, workspaceId: session.workspaceId } });
  if (owned !== customerIds.length) return { error: "Some customers don't belong to this workspace." };

  // ok: mass-assignment
  const { count } = await prisma.job.createMany({
    data: payload.rows.map((r) => ({
      title: r.title,
      customerId: r.customerId,
      scheduledAt: r.scheduledAt ? new Date(r.scheduledAt) : null,
      priceCents: r.priceCents ?? 0,
      workspaceId: session.workspaceId,
      createdById: session.user.id,
    })),
  });
  return { count };
}

const Reschedule = v.object({ jobId: IdSchema, scheduledAt: v.pipe(v.string(), v.isoTimestamp()) });

// ruleid: missing-auth
export async function rescheduleJob(formData: FormData) { // ok: missing-input-validation, missing-rate-limit
  const input = v.parse(Reschedule, { jobId: formData.get("jobId"), scheduledAt: formData.get("scheduledAt") });
  let workspaceId: string | undefined;
  if (formData.get("notifyCustomer") === "on") {
    const session = await requireUser();
    workspaceId = session.workspaceId;
  }
  await prisma.job.update({ where: { id: input.jobId }, data: { scheduledAt: new Date(input.scheduledAt) } });
  return { workspaceId };
}

export async function purgeCancelledJob(jobId: string) { // ok: missing-auth, missing-input-validation
  const session = await requireUser();
  const id = v.parse(IdSchema, jobId);
  // ok: missing-authorization
  const job = await prisma.job.findUnique({ where: { id }, select: { workspaceId: true, status: true } });
  // ok: information-disclosure
  if (!job || job.workspaceId !== session.workspaceId) throw new Error("Not found");
  if (job.status !== "cancelled") throw new Error("Only cancelled jobs can be purged.");
  await deleteJobRecord(id);
}
