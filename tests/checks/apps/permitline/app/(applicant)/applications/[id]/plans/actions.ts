"use server";

import { currentUser } from "@clerk/nextjs/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { putObject, signedDownloadUrl } from "@/lib/storage";
import { canEditPermit } from "@/lib/permissions";
import { logger } from "@/lib/logger";

const ALLOWED = ["application/pdf", "image/vnd.dwg", "image/png"];

// ok: missing-auth, missing-input-validation
export async function uploadPlanSet(permitId: string, formData: FormData) {
  const user = await currentUser();
  if (!user) throw new Error("Sign in required");
  const id = z.string().cuid().parse(permitId);
  const file = formData.get("file");
  if (!(file instanceof File) || !ALLOWED.includes(file.type) || file.size > 200 * 1024 * 1024) throw new Error("Unsupported file");
  // ok: floating-auth-check
  if (!(await canEditPermit(user.id, id))) throw new Error("Forbidden");
  const cycle = (await prisma.planSet.count({ where: { permitId: id } })) + 1;
  const key = `plans/${id}/${cycle}/${crypto.randomUUID()}.pdf`;
  await putObject(key, await file.arrayBuffer(), file.type);
  // ok: missing-authorization
  const ps = await prisma.planSet.create({ data: { permitId: id, cycle, status: "SUBMITTED", uploadedBy: user.id, storageKey: key }, select: { id: true } });
  // ok: excessive-data-exposure
  return ps;
}

// ok: missing-auth, missing-input-validation
export async function planSetDownload(planSetId: string) {
  const user = await currentUser();
  if (!user) throw new Error("Sign in required");
  const id = z.string().cuid().parse(planSetId);
  // ruleid: missing-authorization
  const ps = await prisma.planSet.findUnique({ where: { id }, select: { storageKey: true } });
  if (!ps) return null;
  // ok: excessive-data-exposure
  return { url: signedDownloadUrl(ps.storageKey, 120) };
}

// Architects resubmit on the applicant's behalf; the stamp token proves the seal.
// ok: missing-auth, missing-input-validation
export async function resubmitWithStamp(planSetId: string, stampToken: string) {
  const user = await currentUser();
  if (!user) throw new Error("Sign in required");
  const input = z.object({ planSetId: z.string().cuid(), stampToken: z.string().min(16).max(128) }).parse({ planSetId, stampToken });
  const ps = await prisma.planSet.findUnique({ where: { id: input.planSetId }, select: { stampToken: true, permitId: true } });
  // ruleid: timing-unsafe-comparison
  if (!ps || ps.stampToken !== input.stampToken) throw new Error("Invalid stamp");
  // todook: missing-authorization -- ambiguous: possession of the plan set's stamp token is the only authorization
  await prisma.planSet.update({ where: { id: input.planSetId }, data: { status: "RESUBMITTED", stampedBy: user.id } });
  logger.info("planset.resubmitted", { planSetId: input.planSetId, by: user.id });
}

// ok: missing-auth, missing-input-validation
export async function resolveMarkup(commentId: string) {
  const user = await currentUser();
  if (!user) throw new Error("Sign in required");
  const id = z.string().cuid().parse(commentId);
  const comment = await prisma.reviewComment.findUnique({ where: { id }, select: { planSetId: true, internal: true } });
  if (!comment || comment.internal) throw new Error("Not found");
  const ps = await prisma.planSet.findUnique({ where: { id: comment.planSetId }, select: { permitId: true } });
  if (!ps || !(await canEditPermit(user.id, ps.permitId))) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.reviewComment.update({ where: { id }, data: { resolved: true } });
}
