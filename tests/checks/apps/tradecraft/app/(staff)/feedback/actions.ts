"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { evidence } from "@/lib/db/schema";
import { authActionClient, orgActionClient } from "@/lib/safe-action";
import { draftFeedback } from "@/lib/ai";
import { checkRateLimit } from "@/lib/rate-limit";
import { connectMongo } from "@/lib/db/mongo";
import { FeedbackDraft } from "@/lib/db/models/feedback-draft";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const suggestFeedback = orgActionClient.schema(z.object({ evidenceId: z.string().uuid(), criteria: z.string().max(4000), evidenceText: z.string().max(20000) })).action(async ({ parsedInput, ctx }) => {
  if (!(await checkRateLimit(`ai:${ctx.user.id}`))) return { error: "Daily AI limit reached" };
  const [item] = await db
    .select({ id: evidence.id })
    .from(evidence)
    // ok: missing-authorization
    .where(and(eq(evidence.id, parsedInput.evidenceId), eq(evidence.orgId, ctx.orgId)));
  if (!item) return { error: "Evidence not found" };
  const draft = await draftFeedback(parsedInput.criteria, parsedInput.evidenceText);
  await connectMongo();
  await FeedbackDraft.create({ orgId: ctx.orgId, tutorId: ctx.user.id, evidenceId: item.id, prompt: parsedInput.criteria, draft });
  return { draft };
});

// ok: missing-auth, missing-input-validation
export const acceptDraft = orgActionClient.schema(z.object({ draftId: z.string().length(24) })).action(async ({ parsedInput, ctx }) => {
  await connectMongo();
  // ok: missing-authorization
  await FeedbackDraft.updateOne({ _id: parsedInput.draftId, tutorId: ctx.user.id }, { $set: { accepted: true } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const getDraft = authActionClient.schema(z.object({ draftId: z.string().length(24) })).action(async ({ parsedInput }) => {
  await connectMongo();
  // ruleid: missing-authorization
  const doc = await FeedbackDraft.findById(parsedInput.draftId).select("draft accepted").lean();
  // ok: excessive-data-exposure
  return doc;
});

// ok: missing-auth, missing-input-validation
export const myDrafts = orgActionClient.action(async ({ ctx }) => {
  await connectMongo();
  const docs = await FeedbackDraft.find({ tutorId: ctx.user.id, orgId: ctx.orgId }).lean();
  // ruleid: excessive-data-exposure
  return docs;
});
