"use server";

import path from "node:path";
import { writeFile, mkdir } from "node:fs/promises";
import * as v from "valibot";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";
import { requireUser } from "@/lib/session";
import { requireRole } from "@/lib/permissions";
import { logger } from "@/lib/logger";
import { IdSchema } from "@/lib/validation/schemas";
import { uploadAttachment, removeBlob, deleteArchivedObject } from "@/lib/storage";

const MAX_BYTES = 10 * 1024 * 1024;
const EXPORT_DIR = process.env.EXPORT_DIR ?? "/var/fieldnote/exports";

export async function addAttachment(formData: FormData) { // ok: missing-auth // ok: missing-input-validation
  // ok: floating-auth-check
  const session = await requireUser();
  const jobId = v.parse(IdSchema, formData.get("jobId"));
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0 || file.size > MAX_BYTES) {
    return { error: "Attach a file up to 10 MB." };
  }
  // ok: missing-authorization
  const job = await prisma.job.findFirst({ where: { id: jobId, workspaceId: session.workspaceId }, select: { id: true } });
  if (!job) return { error: "Job not found." };

  let uploaded: { url: string; key: string };
  try {
    uploaded = await uploadAttachment(session.workspaceId, job.id, file);
  } catch (err) {
    logger.error({ msg: "blob upload failed", err: String(err), jobId: job.id });
    // ok: information-disclosure
    return { error: "Upload failed, please try again." };
  }
  const { url, key } = uploaded;
  // ok: mass-assignment
  await prisma.attachment.create({
    data: { jobId: job.id, workspaceId: session.workspaceId, url, storageKey: key, fileName: file.name, uploadedBy: session.user.id },
  });
  revalidatePath(`/jobs/${job.id}`);
  return { ok: true };
}

export async function deleteAttachment(attachmentId: string) { // ok: missing-auth, missing-input-validation
  // ok: floating-auth-check
  await requireUser();
  const id = v.parse(IdSchema, attachmentId);
  // ruleid: missing-authorization
  const removed = await prisma.attachment.delete({ where: { id }, select: { url: true, jobId: true } });
  await removeBlob(removed.url);
  revalidatePath(`/jobs/${removed.jobId}`);
}

export async function removeAttachment(attachmentId: string) { // ok: missing-auth, missing-input-validation
  const session = await requireUser();
  const id = v.parse(IdSchema, attachmentId);
  // ok: missing-authorization
  const attachment = await prisma.attachment.findFirst({
    where: { id, workspaceId: session.workspaceId },
    select: { id: true, url: true, jobId: true },
  });
  if (!attachment) return { error: "Attachment not found." };
  await removeBlob(attachment.url);
  await prisma.attachment.delete({ where: { id: attachment.id } });
  revalidatePath(`/jobs/${attachment.jobId}`);
}

// ruleid: missing-input-validation
export async function saveJobSheetExport(formData: FormData) { // ok: missing-auth
  const session = await requireUser();
  const fileName = formData.get("fileName") as string;
  const contents = formData.get("contents") as string;
  const dir = path.join(EXPORT_DIR, session.workspaceId);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, fileName), contents, "utf8");
  return { path: `${session.workspaceId}/${fileName}` };
}

// ruleid: missing-auth
export async function purgeJobAttachments(jobId: string) { // ok: missing-input-validation
  // ruleid: floating-auth-check
  requireUser();
  const id = v.parse(IdSchema, jobId);
  const attachments = await prisma.attachment.findMany({ where: { jobId: id }, select: { id: true, url: true } });
  for (const a of attachments) await removeBlob(a.url);
  await prisma.attachment.deleteMany({ where: { jobId: id } });
}

export async function purgeArchivedFile(storageKey: string) { // ok: missing-auth, missing-input-validation, missing-audit-log
  const session = await requireRole("OWNER", "ADMIN");
  if (typeof storageKey !== "string" || !storageKey.startsWith(`${session.workspaceId}/`) || storageKey.includes("..")) {
    throw new Error("Invalid key");
  }
  await deleteArchivedObject(storageKey);
}
