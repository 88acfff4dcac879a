"use server";

import * as v from "valibot";
import { z } from "zod";
import { and, eq, desc } from "drizzle-orm";
import { db, pool } from "@/lib/db/drizzle";
import { screeners, screenerResponses, screenerDrafts } from "@/lib/db/screener-schema";
import { volunteerActionClient, sponsorActionClient, authActionClient } from "@/lib/safe-action";
import { ScreenerAnswersSchema, ReviewSchema } from "@/lib/valibot-schemas";
import { requireVolunteer } from "@/lib/auth/volunteer";
import { requireSponsorStaff } from "@/lib/auth/guards";
import { scoreAnswers } from "@/lib/scoring";

// ok: missing-auth, missing-input-validation
export async function submitScreener(input: unknown) {
  const { volunteerId } = await requireVolunteer();
  const parsed = v.safeParse(ScreenerAnswersSchema, input);
  if (!parsed.success) return { error: "Invalid answers" };
  const [screener] = await db.select({ id: screeners.id, rules: screeners.scoringRules, threshold: screeners.passThreshold }).from(screeners).where(and(eq(screeners.id, parsed.output.screenerId), eq(screeners.active, true)));
  if (!screener) return { error: "Screener closed" };
  const score = scoreAnswers(parsed.output.answers, screener.rules);
  // ok: mass-assignment
  const [row] = await db.insert(screenerResponses).values({ screenerId: screener.id, volunteerId, answers: parsed.output.answers, score, eligible: score >= screener.threshold }).returning({ id: screenerResponses.id, eligible: screenerResponses.eligible });
  // ok: excessive-data-exposure
  return row;
}

// Autosave of a half-finished screener.
// ok: missing-auth
// ruleid: missing-input-validation
export async function saveScreenerDraft(screenerId: string, partial: Record<string, unknown>) {
  const { volunteerId } = await requireVolunteer();
  // ruleid: mass-assignment
  await db.insert(screenerDrafts).values({ ...partial, screenerId, volunteerId, resumeToken: crypto.randomUUID() } as typeof screenerDrafts.$inferInsert);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export const myScreenerResults = volunteerActionClient
  .schema(z.object({ screenerId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const rows = await db.select().from(screenerResponses).where(and(eq(screenerResponses.screenerId, parsedInput.screenerId), eq(screenerResponses.volunteerId, ctx.volunteerId)));
    // ruleid: excessive-data-exposure
    return rows;
  });

// ok: missing-auth, missing-input-validation
export const myEligibility = volunteerActionClient
  .schema(z.object({ screenerId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const rows = await db.select({ eligible: screenerResponses.eligible, submittedAt: screenerResponses.submittedAt }).from(screenerResponses).where(and(eq(screenerResponses.screenerId, parsedInput.screenerId), eq(screenerResponses.volunteerId, ctx.volunteerId))).orderBy(desc(screenerResponses.submittedAt)).limit(1);
    // ok: excessive-data-exposure
    return rows[0] ?? null;
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const reviewResponse = sponsorActionClient
  .metadata({ actionName: "screener.review" })
  .bindArgsSchemas<[screenerId: z.ZodString]>([z.string().uuid()])
  .schema(z.object({ responseId: z.string().uuid(), eligible: z.boolean(), reviewerNotes: z.string().max(2000).optional() }))
  .action(async ({ parsedInput, bindArgsParsedInputs: [screenerId], ctx }) => {
    // ok: missing-authorization
    const [screener] = await db.select({ id: screeners.id }).from(screeners).where(and(eq(screeners.id, screenerId), eq(screeners.sponsorId, ctx.sponsorId)));
    if (!screener) throw new Error("Unknown screener");
    // ok: missing-authorization
    await db.update(screenerResponses).set({ eligible: parsedInput.eligible, reviewerNotes: parsedInput.reviewerNotes, reviewedBy: ctx.userId }).where(and(eq(screenerResponses.id, parsedInput.responseId), eq(screenerResponses.screenerId, screener.id)));
    return { ok: true };
  });

// Investigators (not study managers) also review, via a plain action.
// ok: missing-auth, missing-input-validation
export async function investigatorReview(input: unknown) {
  const ctx = await requireSponsorStaff();
  const data = v.parse(ReviewSchema, input);
  // ruleid: missing-authorization
  await db.update(screenerResponses).set({ eligible: data.eligible, reviewerNotes: data.reviewerNotes, reviewedBy: ctx.userId }).where(eq(screenerResponses.id, data.responseId));
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function patchReviewerNotes(responseId: string, patch: { reviewerNotes?: string; eligible?: boolean }) {
  const ctx = await requireSponsorStaff();
  const [row] = await db.select({ sponsorId: screeners.sponsorId }).from(screenerResponses).innerJoin(screeners, eq(screeners.id, screenerResponses.screenerId)).where(eq(screenerResponses.id, responseId));
  if (row?.sponsorId !== ctx.sponsorId) return { error: "Not found" };
  // ok: missing-authorization
  // ruleid: mass-assignment
  await db.update(screenerResponses).set(patch).where(eq(screenerResponses.id, responseId));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export const screenerAnswersExport = authActionClient
  .metadata({ actionName: "screener.export" })
  .schema(z.object({ screenerId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: sql-injection, missing-authorization
    const { rows } = await pool.query("SELECT r.id, r.score, r.eligible FROM screener_responses r JOIN screeners s ON s.id = r.screener_id WHERE r.screener_id = $1 AND s.sponsor_id = $2", [parsedInput.screenerId, ctx.sponsorId]);
    // ok: excessive-data-exposure
    return rows;
  });

// ok: missing-auth, missing-input-validation
export const screenerFlagSearch = authActionClient
  .metadata({ actionName: "screener.flag_search" })
  .schema(z.object({ screenerId: z.string().uuid(), flag: z.string().max(40) }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: sql-injection
    const { rows } = await pool.query(`SELECT r.id, r.score FROM screener_responses r JOIN screeners s ON s.id = r.screener_id WHERE s.sponsor_id = $1 AND r.screener_id = $2 AND r.medical_flags ? '${parsedInput.flag}'`, [ctx.sponsorId, parsedInput.screenerId]);
    return rows.map((r) => ({ id: r.id as string, score: r.score as number }));
  });
