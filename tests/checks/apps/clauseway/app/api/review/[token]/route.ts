import { NextResponse } from "next/server";
import { and, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { contracts, counterpartyLinks, contractVersions } from "@/lib/db/schema";
import { verifyReviewToken } from "@/lib/tokens";
import { rateLimitByIp } from "@/lib/rate-limit";

type Ctx = { params: Promise<{ token: string }> };

/** Counterparty review page data; the signed token is the credential. */
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function GET(_req: Request, { params }: Ctx) {
  const token = z.string().min(10).max(500).parse((await params).token);
  await rateLimitByIp("cp-view");
  const parsed = verifyReviewToken(token);
  if (!parsed) return NextResponse.json({ error: "Link expired" }, { status: 401 });
  // ok: missing-authorization
  const [link] = await db
    .select({ contractId: counterpartyLinks.contractId })
    .from(counterpartyLinks)
    .where(and(eq(counterpartyLinks.id, parsed.linkId), isNull(counterpartyLinks.revokedAt), gt(counterpartyLinks.expiresAt, new Date())));
  if (!link) return NextResponse.json({ error: "Link expired" }, { status: 401 });
  const [contract] = await db.select().from(contracts).where(eq(contracts.id, link.contractId));
  const versions = await db.select({ number: contractVersions.number, body: contractVersions.body }).from(contractVersions).where(eq(contractVersions.contractId, link.contractId));
  // why: the whole contracts row (signingSecret, value, ownerId) goes to the external counterparty
  // ruleid: excessive-data-exposure
  return NextResponse.json({ contract, versions });
}
