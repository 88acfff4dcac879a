"use server";

import { z } from "zod";
import { parseWithZod } from "@conform-to/zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { connectMongo, DailyLogComment } from "@/lib/db/mongo";
import { verifySession } from "@/lib/dal";
import { assertProjectAccess } from "@/lib/guards";
import { withContractor } from "@/lib/wrappers";
import { signedUploadUrl } from "@/lib/storage";
import { id } from "@/lib/validation";

const DailyLogSchema = z.object({
  projectId: z.string().cuid(),
  date: z.coerce.date(),
  weather: z.string().max(120).optional(),
  notes: z.string().min(1).max(20_000),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createDailyLog = withContractor("daily_log.created", async (ctx, _prev: unknown, formData: FormData) => {
  const submission = parseWithZod(formData, { schema: DailyLogSchema });
  if (submission.status !== "success") return submission.reply();
  const projectId = await assertProjectAccess(ctx.userId, submission.value.projectId);
  // ok: mass-assignment, missing-authorization
  await prisma.dailyLog.create({ data: { ...submission.value, projectId, tenantId: ctx.tenantId, authorId: ctx.userId } });
  revalidatePath(`/projects/${projectId}/daily-logs`);
  return submission.reply({ resetForm: true });
});

// ok: missing-auth
// ruleid: missing-input-validation
export async function getPhotoUploadUrl(dailyLogId: string, contentType: string) {
  const session = await verifySession();
  // ok: missing-authorization
  const log = await prisma.dailyLog.findFirst({ where: { id: dailyLogId, tenantId: session.tenantId }, select: { id: true } });
  if (!log) throw new Error("Daily log not found");
  const key = `daily-logs/${log.id}/${crypto.randomUUID()}`;
  await prisma.photo.create({ data: { dailyLogId: log.id, key } });
  // ok: excessive-data-exposure
  return { url: await signedUploadUrl(key, contentType), key };
}

// ok: missing-auth, missing-input-validation
export async function deleteDailyLog(logId: string) {
  const session = await verifySession();
  const lid = id.parse(logId);
  // ruleid: missing-authorization
  const removed = await prisma.dailyLog.delete({ where: { id: lid }, select: { tenantId: true, projectId: true } });
  if (removed.tenantId !== session.tenantId) throw new Error("Forbidden");
  revalidatePath(`/projects/${removed.projectId}/daily-logs`);
}

const CommentSchema = z.object({ dailyLogId: z.string().cuid(), body: z.string().min(1).max(2000) });

// ok: missing-auth, missing-input-validation
export async function addDailyLogComment(input: { dailyLogId: string; body: string }) {
  const session = await verifySession();
  const { dailyLogId, body } = CommentSchema.parse(input);
  const log = await prisma.dailyLog.findFirst({ where: { id: dailyLogId, tenantId: session.tenantId }, select: { id: true } });
  if (!log) throw new Error("Not found");
  await connectMongo();
  // ok: missing-authorization, mass-assignment
  await DailyLogComment.create({ tenantId: session.tenantId, dailyLogId: log.id, authorId: session.userId, body });
}

// ok: missing-auth, missing-input-validation
export async function listDailyLogComments(dailyLogId: string) {
  const session = await verifySession();
  const lid = id.parse(dailyLogId);
  await connectMongo();
  // ok: missing-authorization
  const comments = await DailyLogComment.find({ dailyLogId: lid, tenantId: session.tenantId }).sort({ createdAt: 1 }).lean();
  // ruleid: excessive-data-exposure
  return comments;
}
