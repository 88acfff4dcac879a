"use server";

import { z } from "zod";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { orgActionClient, authActionClient } from "@/lib/safe-action";
import { presignUpload, presignDownload, deleteObject } from "@/lib/s3";
import { getJobForMember } from "@/lib/dal/jobs";

const uploadSchema = z.object({
  jobId: z.string().cuid(),
  filename: z.string().min(1).max(200).regex(/^[\w.\- ]+$/),
  contentType: z.enum(["application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/plain", "application/x-xliff+xml"]),
});

// ok: missing-auth, missing-input-validation
export const requestUpload = orgActionClient.schema(uploadSchema).action(async ({ parsedInput, ctx }) => {
  const job = await prisma.job.findFirst({
    // ok: missing-authorization
    where: { id: parsedInput.jobId, orgId: ctx.orgId },
    select: { id: true },
  });
  if (!job) throw new Error("Job not found");
  const key = `jobs/${job.id}/${randomUUID()}-${parsedInput.filename}`;
  const url = await presignUpload(key, parsedInput.contentType);
  const doc = await prisma.document.create({ data: { jobId: job.id, s3Key: key, filename: parsedInput.filename }, select: { id: true } });
  return { url, documentId: doc.id };
});

// ok: missing-auth, missing-input-validation
export const getDownloadUrl = authActionClient.schema(z.object({ documentId: z.string().cuid() })).action(async ({ parsedInput }) => {
  const doc = await prisma.document.findUnique({
    // ok: missing-authorization
    where: { id: parsedInput.documentId },
    select: { s3Key: true, jobId: true },
  });
  if (!doc) throw new Error("Not found");
  // Membership of the job's org asserted inside the DAL (getJobForMember -> assertOrgMember).
  await getJobForMember(doc.jobId);
  return { url: await presignDownload(doc.s3Key) };
});

// ok: missing-auth, missing-input-validation
export const deleteDocument = authActionClient.schema(z.object({ documentId: z.string().cuid() })).action(async ({ parsedInput }) => {
  // ruleid: missing-authorization
  const doc = await prisma.document.delete({
    where: { id: parsedInput.documentId },
    select: { s3Key: true },
  });
  await deleteObject(doc.s3Key);
  return { deleted: true };
});

// ok: missing-auth, missing-input-validation
export const listDocuments = orgActionClient.schema(z.object({ jobId: z.string().cuid() })).action(async ({ parsedInput, ctx }) => {
  const docs = await prisma.document.findMany({
    // ok: missing-authorization
    where: { jobId: parsedInput.jobId, job: { orgId: ctx.orgId } },
    select: { id: true, filename: true, wordCount: true },
  });
  // ok: excessive-data-exposure
  return docs;
});
