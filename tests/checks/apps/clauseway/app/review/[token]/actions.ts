"use server";

import { and, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { comments, counterpartyLinks, contractVersions } from "@/lib/db/schema";
import { verifyReviewToken, verifyLegacyReviewToken } from "@/lib/tokens";
import { rateLimitByIp } from "@/lib/rate-limit";

async function linkFromToken(token: string) {
  const parsed = verifyReviewToken(token);
  if (!parsed) throw new Error("This review link is invalid or has expired.");
  const [link] = await db
    .select({ id: counterpartyLinks.id, contractId: counterpartyLinks.contractId, email: counterpartyLinks.email })
    .from(counterpartyLinks)
    .where(and(eq(counterpartyLinks.id, parsed.linkId), isNull(counterpartyLinks.revokedAt), gt(counterpartyLinks.expiresAt, new Date())));
  if (!link) throw new Error("This review link is invalid or has expired.");
  return link;
}

const commentSchema = z.object({ token: z.string().min(10).max(500), body: z.string().min(1).max(5000) });

/** Counterparties have no account: the signed magic-link token is their credential. */
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function counterpartyComment(input: unknown) {
  const { token, body } = commentSchema.parse(input);
  await rateLimitByIp("cp-comment");
  const link = await linkFromToken(token);
  // ok: mass-assignment, missing-authorization
  await db.insert(comments).values({ contractId: link.contractId, body, authorId: `counterparty:${link.email}` });
  return { success: true };
}

// ok: missing-input-validation, missing-rate-limit
// todook: missing-auth
export async function counterpartyLatestVersion(token: string) {
  const t = z.string().min(10).max(500).parse(token);
  await rateLimitByIp("cp-view");
  const link = await linkFromToken(t);
  // ok: missing-authorization
  const [v] = await db.select({ number: contractVersions.number, body: contractVersions.body }).from(contractVersions).where(eq(contractVersions.contractId, link.contractId)).orderBy(contractVersions.number).limit(1);
  // ok: excessive-data-exposure
  return v ?? null;
}

// ok: missing-input-validation
// ok: missing-auth
export async function counterpartyCommentOnContract(input: unknown) {
  const { token, body, contractId } = commentSchema.extend({ contractId: z.string().uuid() }).parse(input);
  await rateLimitByIp("cp-comment");
  await linkFromToken(token);
  // why: contractId from the client next to the token; the token is checked but the comment lands on any contract
  // todoruleid: missing-authorization
  await db.insert(comments).values({ contractId, body, authorId: "counterparty" });
  return { success: true };
}

// why: the legacy token check's result is never tested, and the raw token/body reach the DB unchecked
// ruleid: missing-auth, missing-input-validation
export async function legacyCounterpartyComment(token: string, body: string) {
  const ok = verifyLegacyReviewToken(token);
  const linkId = token.split(":")[0];
  const [link] = await db.select({ contractId: counterpartyLinks.contractId }).from(counterpartyLinks).where(eq(counterpartyLinks.id, linkId));
  await db.insert(comments).values({ contractId: link.contractId, body: String(body).slice(0, 5000), authorId: "counterparty" });
  return { success: Boolean(ok) };
}
