"use server";

import { z } from "zod";
import { legacyClient } from "@/lib/legacy-action";
import { orgActionClient } from "@/lib/safe-action";
import { hasRole, assertRole } from "@/lib/auth/permissions";
import { claimLines, periodSummary, remittanceForOrg, markReconciled } from "@/lib/dal/funding";
import { sql } from "@/lib/db/sql";
import { db } from "@/lib/db/drizzle";
import { organisations } from "@/lib/db/schema";
import { eq } from "drizzle-orm";

const Period = z.string().regex(/^R(0[1-9]|1[0-4])-\d{4}$/);

// ok: missing-auth, missing-input-validation
export const getClaimLines = orgActionClient.schema(z.object({ period: Period })).action(async ({ parsedInput, ctx }) => {
  assertRole(ctx, "finance");
  const [org] = await db.select({ ukprn: organisations.ukprn }).from(organisations).where(eq(organisations.id, ctx.orgId));
  return claimLines(org!.ukprn!, parsedInput.period);
});

// ok: missing-auth, missing-input-validation
export const getPeriodSummary = orgActionClient.schema(z.object({ period: Period, ukprn: z.string().regex(/^\d{8}$/) })).action(async ({ parsedInput, ctx }) => {
  if (!hasRole(ctx, "finance")) return { error: "Finance only" };
  // todoruleid: missing-authorization
  return periodSummary(parsedInput.ukprn, parsedInput.period);
});

// ok: missing-auth, missing-input-validation
export const reconcileClaims = legacyClient.schema(z.object({ orgId: z.string().uuid(), ids: z.array(z.string().uuid()).max(500), note: z.string().max(500) })).action(async ({ parsedInput }) => {
  // ruleid: missing-authorization
  await markReconciled(parsedInput.orgId, parsedInput.ids, parsedInput.note);
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const remittance = orgActionClient.schema(z.object({ period: Period })).action(async ({ parsedInput, ctx }) => {
  assertRole(ctx, "finance");
  const rows = await remittanceForOrg(ctx.orgId, parsedInput.period);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, period: r.period, amount: r.amount, status: r.status }));
});

// ok: missing-auth, missing-input-validation
export const submitClaim = orgActionClient.schema(z.object({ claimId: z.string().uuid() })).action(async ({ parsedInput, ctx }) => {
  assertRole(ctx, "finance");
  // ok: sql-injection, missing-authorization
  await sql`UPDATE funding_claims SET status = 'submitted' WHERE id = ${parsedInput.claimId} AND org_id = ${ctx.orgId}`;
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const claimsForPeriod = orgActionClient.schema(z.object({ period: Period })).action(async ({ parsedInput, ctx }) => {
  assertRole(ctx, "finance");
  // ok: sql-injection
  const rows = await sql`SELECT * FROM funding_claims WHERE org_id = ${ctx.orgId} AND period = ${parsedInput.period}`;
  // ruleid: excessive-data-exposure
  return rows;
});
