"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { workspaceActionClient } from "@/lib/safe-action";
import { db } from "@/lib/db/drizzle";
import { clauses, contracts } from "@/lib/db/schema";
import { reviewClauses } from "@/lib/ai/reviewer";
import { connectMongo } from "@/lib/db/mongo";
import { ReviewRunModel } from "@/lib/models/review-run";
import { rateLimitByKey } from "@/lib/rate-limit";
import { requireUser } from "@/lib/session";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const runRiskReview = workspaceActionClient
  .metadata({ actionName: "runRiskReview" })
  .schema(z.object({ workspaceId: z.string().uuid(), contractId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    await rateLimitByKey(`ai:${ctx.workspaceId}`);
    // ok: missing-authorization
    const rows = await db
      .select({ id: clauses.id, heading: clauses.heading, text: clauses.text })
      .from(clauses)
      .innerJoin(contracts, eq(contracts.id, clauses.contractId))
      .where(and(eq(contracts.id, parsedInput.contractId), eq(contracts.workspaceId, ctx.workspaceId)));
    const { findings, tokens } = await reviewClauses(rows);
    await connectMongo();
    // ok: mass-assignment
    await ReviewRunModel.create({ workspaceId: ctx.workspaceId, contractId: parsedInput.contractId, requestedBy: ctx.user.id, findings, costCents: Math.ceil(tokens / 1000) });
    return { findings };
  });

// ok: missing-auth, missing-input-validation
export const listReviewRuns = workspaceActionClient
  .metadata({ actionName: "listReviewRuns" })
  .schema(z.object({ workspaceId: z.string().uuid(), contractId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    await connectMongo();
    // ok: missing-authorization
    const runs = await ReviewRunModel.find({ workspaceId: ctx.workspaceId, contractId: parsedInput.contractId }).sort({ createdAt: -1 }).limit(20).lean();
    // why: full ReviewRun documents (prompt, providerApiKey) returned without projection
    // ruleid: excessive-data-exposure
    return runs;
  });

// why: runId string parameter passed to findById unchecked
// ruleid: missing-input-validation
// ok: missing-auth
export async function getReviewRun(runId: string) {
  // ok: floating-auth-check
  await requireUser();
  await connectMongo();
  // why: run fetched by client id with no workspace/user scope
  // ruleid: missing-authorization
  const run = await ReviewRunModel.findById(runId, { findings: 1, contractId: 1 }).lean();
  // ok: excessive-data-exposure
  return run;
}
