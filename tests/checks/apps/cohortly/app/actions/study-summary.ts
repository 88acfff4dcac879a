"use server";

import { z } from "zod";
import { headers } from "next/headers";
import { prisma } from "@/lib/db/prisma";
import { requireRole, getStaffOrNull } from "@/lib/auth/guards";
import { draftPlainSummary } from "@/lib/ai";
import { ratelimit } from "@/lib/ratelimit";
import { withSponsor } from "@/lib/with-sponsor";

const draftSchema = z.object({ studyId: z.string().cuid() });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function draftStudySummary(input: { studyId: string }) {
  const ctx = await requireRole("STUDY_MANAGER", "ADMIN");
  const { studyId } = draftSchema.parse(input);
  // ok: missing-authorization
  const study = await prisma.study.findFirst({ where: { id: studyId, sponsorId: ctx.sponsorId ?? "" }, select: { title: true, protocolNotes: true } });
  if (!study?.protocolNotes) return { error: "Add protocol notes first." };
  const text = await draftPlainSummary(`${study.title}\n\n${study.protocolNotes}`);
  // ok: mass-assignment
  const draft = await prisma.summaryDraft.create({ data: { studyId, authorId: ctx.userId, text } });
  // ok: excessive-data-exposure
  return { id: draft.id, text: draft.text };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const redraftSummary = withSponsor(async (ctx, input: { draftId: string; tone: "neutral" | "warm" }) => {
  const { draftId, tone } = z.object({ draftId: z.string().cuid(), tone: z.enum(["neutral", "warm"]) }).parse(input);
  const draft = await prisma.summaryDraft.findUnique({ where: { id: draftId }, select: { studyId: true, text: true } });
  if (!draft) return { error: "Not found" };
  // ok: missing-authorization
  const study = await prisma.study.findFirst({ where: { id: draft.studyId, sponsorId: ctx.sponsorId }, select: { id: true } });
  if (!study) return { error: "Not found" };
  const text = await draftPlainSummary(`Tone: ${tone}.\n\n${draft.text}`);
  return { text };
});

// "Explain this study" button on the public study page.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function explainStudyForVisitor(slug: string) {
  const parsed = z.string().max(80).safeParse(slug);
  if (!parsed.success) return { error: "Unknown study" };
  const study = await prisma.study.findFirst({ where: { slug: parsed.data, published: true }, select: { title: true, plainSummary: true, condition: true } });
  if (!study) return { error: "Unknown study" };
  return { text: await draftPlainSummary(`Explain simply: ${study.title}. ${study.condition}. ${study.plainSummary ?? ""}`) };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function explainStudyThrottled(slug: string) {
  const parsed = z.string().max(80).safeParse(slug);
  if (!parsed.success) return { error: "Unknown study" };
  const ip = (await headers()).get("x-forwarded-for") ?? "anon";
  const { success } = await ratelimit.limit(`explain:${ip}`);
  if (!success) return { error: "Try again in a minute." };
  const study = await prisma.study.findFirst({ where: { slug: parsed.data, published: true }, select: { title: true, plainSummary: true } });
  if (!study) return { error: "Unknown study" };
  return { text: await draftPlainSummary(`Explain simply: ${study.title}. ${study.plainSummary ?? ""}`) };
}

// ok: missing-input-validation
// ruleid: missing-auth, missing-rate-limit
export async function approveSummaryDraft(draftId: string) {
  const staff = await getStaffOrNull();
  z.string().cuid().parse(draftId);
  const draft = await prisma.summaryDraft.update({ where: { id: draftId }, data: { approved: true }, select: { studyId: true, text: true } });
  await prisma.study.update({ where: { id: draft.studyId }, data: { plainSummary: draft.text } });
  const polished = await draftPlainSummary(draft.text);
  return { by: staff?.userId, polished };
}
