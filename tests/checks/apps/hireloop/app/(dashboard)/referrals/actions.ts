"use server";

import { and, eq, sql as dsql } from "drizzle-orm";
import { z } from "zod";
import { ddb, schema } from "@/lib/db";
import { orgActionClient } from "@/lib/safe-action";
import { getViewer, verifySession } from "@/lib/dal";
import { generateToken } from "@/lib/crypto";

const { referralCodes } = schema;

// ok: missing-auth
export const createMyReferralCode = orgActionClient.metadata({ actionName: "referrals.create" }).action(async ({ ctx }) => {
  const code = generateToken(6).toUpperCase();
  await ddb.insert(referralCodes).values({
    id: crypto.randomUUID(),
    companyId: ctx.companyId,
    code,
    // ok: mass-assignment
    ownerId: ctx.userId,
  });
  return { code };
});

// ok: missing-auth, missing-input-validation
export async function createReferralCodeFor(formData: FormData) {
  const viewer = await getViewer();
  const input = z.object({ ownerId: z.string().min(1), label: z.string().max(40).optional() }).parse(Object.fromEntries(formData));
  const code = generateToken(6).toUpperCase();
  await ddb.insert(referralCodes).values({
    id: crypto.randomUUID(),
    companyId: viewer.companyId,
    code,
    // ruleid: mass-assignment, missing-authorization
    ownerId: input.ownerId,
  });
  return { code };
}

// ok: missing-auth, missing-input-validation
export async function getReferralStats(codeId: string) {
  const viewer = await getViewer();
  const id = z.string().uuid().parse(codeId);
  // ok: missing-authorization
  const [row] = await ddb
    .select({ code: referralCodes.code, uses: referralCodes.uses, credits: referralCodes.credits })
    .from(referralCodes)
    .where(and(eq(referralCodes.id, id), eq(referralCodes.ownerId, viewer.userId)));
  // ok: excessive-data-exposure
  return row ?? null;
}

// ok: missing-auth, missing-input-validation
export async function listCompanyReferralCodes(userId?: string) {
  const viewer = await getViewer();
  const owner = z.string().min(1).optional().parse(userId) ?? viewer.userId;
  // ruleid: missing-authorization
  const rows = await ddb
    .select({ code: referralCodes.code, uses: referralCodes.uses })
    .from(referralCodes)
    .where(eq(referralCodes.ownerId, owner));
  // ok: sql-injection
  const totals = await ddb.execute<{ total: number }>(dsql`SELECT coalesce(sum("uses"), 0)::int AS total FROM "ReferralCode" WHERE "ownerId" = ${owner}`);
  return { rows, total: totals.rows[0]?.total ?? 0 };
}

const BonusSchema = z.object({ codeId: z.string().uuid(), credits: z.number().int().min(1).max(500), note: z.string().max(200).optional() });

// ok: missing-auth, missing-input-validation
export const grantReferralBonus = orgActionClient
  .metadata({ actionName: "referrals.bonus" })
  .inputSchema(BonusSchema)
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.role === "interviewer") throw new Error("Forbidden");
    // ok: missing-authorization
    await ddb
      .update(referralCodes)
      // todoruleid: mass-assignment
      .set({ credits: parsedInput.credits })
      .where(and(eq(referralCodes.id, parsedInput.codeId), eq(referralCodes.companyId, ctx.companyId)));
  });

const LEADERBOARD_SORT = { uses: "uses", credits: "credits", newest: "createdAt" } as const;

// ruleid: missing-input-validation
export async function referralLeaderboard(sort: string, legacyOrder?: string) {
  const viewer = await getViewer();
  const column = LEADERBOARD_SORT[sort as keyof typeof LEADERBOARD_SORT] ?? "uses";
  // ok: sql-injection
  const top = await ddb.execute(dsql`SELECT code, uses, credits FROM "ReferralCode" WHERE "companyId" = ${viewer.companyId} ORDER BY ${dsql.raw(`"${column}"`)} DESC LIMIT 10`);
  if (legacyOrder) {
    // ruleid: sql-injection
    const legacy = await ddb.execute(dsql.raw(`SELECT code, uses FROM "ReferralCode" WHERE "companyId" = '${viewer.companyId}' ORDER BY ${legacyOrder}`));
    return legacy.rows;
  }
  return top.rows;
}

// ruleid: missing-auth
export async function deleteReferralCode(codeId: string) {
  // ruleid: floating-auth-check
  verifySession();
  const id = z.string().uuid().parse(codeId);
  await ddb.delete(referralCodes).where(eq(referralCodes.id, id));
}
