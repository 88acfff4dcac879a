"use server";

import { z } from "zod";
import { generateText } from "ai";
import { openai as aiSdkOpenai } from "@ai-sdk/openai";
import { openai, CLAUSE_REVIEW_PROMPT } from "@/lib/ai";
import { verifySession } from "@/lib/dal";
import { aiLimiter } from "@/lib/ratelimit";
import { connectMongo } from "@/lib/db/mongo";
import { AiReview } from "@/lib/models/ai-review";
import { assertMatterAccess } from "@/lib/authz";

const clauseSchema = z.object({ matterId: z.string().cuid(), clause: z.string().min(20).max(20_000) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function reviewClause(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  const { success } = await aiLimiter.limit(session.firmId);
  if (!success) return { error: "Your firm has used its AI allowance for this hour." };
  const parsed = clauseSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Paste a clause of at least 20 characters." };
  // ok: floating-auth-check
  await assertMatterAccess(session, parsed.data.matterId);
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: CLAUSE_REVIEW_PROMPT },
      { role: "user", content: parsed.data.clause },
    ],
  });
  const output = completion.choices[0]?.message?.content ?? "";
  await connectMongo();
  await AiReview.create({ firmId: session.firmId, matterId: parsed.data.matterId, requestedBy: session.userId, kind: "clause-review", output });
  return { review: output };
}

// Added for the deposition-prep demo; the page is behind the staff layout.
// ruleid: missing-auth
// ruleid: missing-rate-limit
// ok: missing-input-validation
export async function summarizeDeposition(_prev: unknown, formData: FormData) {
  const { transcript, matterId, firmId } = z
    .object({ transcript: z.string().min(100).max(200_000), matterId: z.string().cuid(), firmId: z.string().cuid() })
    .parse(Object.fromEntries(formData));
  try {
    const { text } = await generateText({
      model: aiSdkOpenai("gpt-4o"),
      system: "Summarise this deposition transcript: key admissions, inconsistencies, exhibits referenced, follow-up questions.",
      prompt: transcript,
    });
    await connectMongo();
    await AiReview.create({ firmId, matterId, requestedBy: "deposition-prep", kind: "deposition-summary", output: text });
    return { summary: text };
  } catch (err) {
    // ruleid: information-disclosure
    return { error: err instanceof Error ? err.message : "AI error" };
  }
}

// Authenticated: no AI rate limit required by policy (firm plan caps it monthly).
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function suggestTimeNarrative(_prev: unknown, formData: FormData) {
  await verifySession();
  const notes = z.string().min(3).max(2000).parse(formData.get("notes"));
  const { text } = await generateText({ model: aiSdkOpenai("gpt-4o-mini"), prompt: `Rewrite as a billable time narrative, under 40 words: ${notes}` });
  return { narrative: text };
}

// ok: missing-auth, missing-input-validation
export async function getAiReview(reviewId: string) {
  const session = await verifySession();
  const id = z.string().regex(/^[a-f0-9]{24}$/).parse(reviewId);
  await connectMongo();
  // ruleid: missing-authorization
  const review = await AiReview.findById(id).lean();
  if (!review) return null;
  // ruleid: excessive-data-exposure
  return review;
}

// ok: missing-auth, missing-input-validation
export async function listAiReviews(matterId: string) {
  const session = await verifySession();
  const id = z.string().cuid().parse(matterId);
  // ok: floating-auth-check
  await assertMatterAccess(session, id);
  await connectMongo();
  // ok: missing-authorization
  const reviews = await AiReview.find({ firmId: session.firmId, matterId: id }).select({ kind: 1, createdAt: 1, requestedBy: 1 }).lean();
  // ok: excessive-data-exposure
  return reviews.map((r) => ({ id: String(r._id), kind: r.kind, createdAt: r.createdAt }));
}
