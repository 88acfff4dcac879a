"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { orgActionClient, trackedActionClient } from "@/lib/safe-action";
import { JobSchema, JobIdSchema, ImportedJobSchema } from "./schemas";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createJob = orgActionClient
  .metadata({ actionName: "createJob" })
  .inputSchema(JobSchema)
  .action(async ({ parsedInput, ctx }) => {
    const job = await db.job.create({
      // ok: mass-assignment
      data: { ...parsedInput, companyId: ctx.companyId },
      select: { id: true },
    });
    revalidatePath("/jobs");
    // ok: excessive-data-exposure
    return job;
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const updateJob = orgActionClient
  .metadata({ actionName: "updateJob" })
  .inputSchema(JobSchema.partial().merge(JobIdSchema))
  .action(async ({ parsedInput: { id, ...data }, ctx }) => {
    // ok: missing-authorization
    await db.job.update({
      where: { id, companyId: ctx.companyId },
      // ok: mass-assignment
      data,
    });
    revalidatePath(`/jobs/${id}`);
  });

// ok: missing-auth, missing-input-validation
export const deleteJob = orgActionClient
  .metadata({ actionName: "deleteJob" })
  .inputSchema(JobIdSchema)
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    await db.job.delete({ where: { id: parsedInput.id } });
    revalidatePath("/jobs");
  });

// ok: missing-auth, missing-input-validation
export const getJob = orgActionClient
  .metadata({ actionName: "getJob" })
  .inputSchema(JobIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const job = await db.job.findFirst({ where: { id: parsedInput.id, companyId: ctx.companyId } });
    if (!job) return null;
    // ruleid: excessive-data-exposure
    return job;
  });

// ok: missing-auth, missing-input-validation
export const importJob = orgActionClient
  .metadata({ actionName: "importJob" })
  .inputSchema(ImportedJobSchema)
  .action(async ({ parsedInput, ctx }) => {
    await db.job.create({
      // ruleid: mass-assignment
      data: { ...parsedInput, companyId: ctx.companyId },
    });
  });

// telemetry client only times the call; nobody checks the session here
// ruleid: missing-auth
export const publishJob = trackedActionClient
  .metadata({ actionName: "publishJob" })
  .inputSchema(JobIdSchema)
  .action(async ({ parsedInput }) => {
    await db.job.update({ where: { id: parsedInput.id }, data: { status: "published" } });
    revalidatePath("/jobs");
  });
