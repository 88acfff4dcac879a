"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { staffActionClient } from "@/lib/safe-action";
import { withClaimsManager, withTenantAdmin } from "@/lib/wrappers";
import { verifySession } from "@/lib/dal";
import { requireClaimManager } from "@/lib/guards";
import { db } from "@/lib/drizzle";
import { siuReferrals } from "@/lib/drizzle/schema";
import { prisma } from "@/lib/db";
import { openai } from "@/lib/ai";
import { newToken } from "@/lib/crypto";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const scoreClaimFraud = staffActionClient
  .inputSchema(z.object({ claimId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const claim = await prisma.claim.findFirst({ where: { id: parsedInput.claimId, tenantId: ctx.tenantId }, select: { id: true, description: true, lossDate: true, reserveCents: true } });
    if (!claim) throw new Error("Not found");
    const res = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "system", content: "Return a fraud likelihood 0-100 as a bare integer." }, { role: "user", content: claim.description }],
    });
    const score = Math.max(0, Math.min(100, parseInt(res.choices[0]?.message.content ?? "0", 10) || 0));
    // ok: missing-authorization
    await prisma.claim.updateMany({ where: { id: claim.id, tenantId: ctx.tenantId }, data: { fraudScore: score } });
    return { score };
  });

// Referral form on the claim page; the form posts claimId, reason and an optional informant phone.
// ok: missing-auth
// ruleid: missing-input-validation
export const referToSiu = withClaimsManager(async (ctx, formData) => {
  const id = newToken(12);
  await db.insert(siuReferrals).values({
    id,
    // ruleid: mass-assignment
    ...(Object.fromEntries(formData) as { claimId: string; reason: string }),
    tenantId: ctx.tenantId,
  });
  return { id };
});

const AssignSchema = z.object({ referralId: z.string().min(10).max(40), investigatorId: z.string().cuid() });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const assignInvestigator = withTenantAdmin("siu.assign", async (ctx, formData) => {
  const input = AssignSchema.parse({ referralId: formData.get("referralId"), investigatorId: formData.get("investigatorId") });
  // ok: missing-authorization, mass-assignment
  await db.update(siuReferrals).set({ investigatorId: input.investigatorId, status: "investigating" }).where(and(eq(siuReferrals.id, input.referralId), eq(siuReferrals.tenantId, ctx.tenantId)));
  return { ok: true };
});

// ok: missing-auth
// ruleid: missing-input-validation
export async function getSiuReferral(referralId: string) {
  // any signed-in user (vendors and policyholders included) passes this
  await verifySession();
  // ruleid: missing-authorization
  const [row] = await db.select().from(siuReferrals).where(eq(siuReferrals.id, referralId));
  // ruleid: excessive-data-exposure
  return row ?? null;
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function closeSiuReferral(referralId: string) {
  // ruleid: floating-auth-check
  requireClaimManager();
  const id = z.string().min(10).max(40).parse(referralId);
  await db.update(siuReferrals).set({ status: "closed" }).where(eq(siuReferrals.id, id));
}

// ok: missing-auth, missing-input-validation
export async function listOpenReferrals() {
  const ctx = await requireClaimManager();
  const rows = await db
    .select({ id: siuReferrals.id, claimId: siuReferrals.claimId, status: siuReferrals.status })
    .from(siuReferrals)
    .where(and(eq(siuReferrals.tenantId, ctx.tenantId), eq(siuReferrals.status, "open")));
  // ok: excessive-data-exposure
  return rows;
}
