"use server";

import { z } from "zod";
import { requireOrg } from "@/lib/auth/clerk";
import { prisma } from "@/lib/db/prisma";
import { notifyAuthor } from "@/lib/notify";
import { sendSms } from "@/lib/sms";
import { sendMail } from "@/lib/mailer";

const notifySchema = z.object({ submissionId: z.string().cuid(), message: z.string().min(1).max(1000) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function notifySubmissionAuthor(input: z.infer<typeof notifySchema>) {
  const ctx = await requireOrg();
  const { submissionId, message } = notifySchema.parse(input);
  // ok: missing-authorization
  const sub = await prisma.submission.findFirst({ where: { id: submissionId, agencyId: ctx.agencyId }, select: { author: { select: { email: true } }, title: true } });
  if (!sub) return { error: "Not found" };
  await notifyAuthor(ctx.userId, { email: sub.author.email }, `Update on ${sub.title}`, message);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function textAuthor(submissionId: string, phone: string, text: string) {
  const ctx = await requireOrg();
  const v = z.object({ submissionId: z.string().cuid(), phone: z.string().regex(/^\+\d{8,15}$/), text: z.string().max(300) }).parse({ submissionId, phone, text });
  // ok: missing-authorization
  const sub = await prisma.submission.findFirst({ where: { id: v.submissionId, agencyId: ctx.agencyId }, select: { id: true } });
  if (!sub) return { error: "Not found" };
  await sendSms(v.phone, v.text);
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-rate-limit, missing-input-validation
export async function emailAnyone(formData: FormData) {
  const ctx = await requireOrg();
  const to = formData.get("to") as string;
  const body = formData.get("body") as string;
  await sendMail(to, `Message from ${ctx.orgId}`, body);
  return { ok: true };
}
