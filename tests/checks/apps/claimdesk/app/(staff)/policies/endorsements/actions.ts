"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { staffActionClient } from "@/lib/safe-action";
import { withTenantAdmin } from "@/lib/wrappers";
import { requireRole } from "@/lib/dal";
import { db } from "@/lib/drizzle";
import { endorsements } from "@/lib/drizzle/schema";
import { prisma } from "@/lib/db";
import { newToken } from "@/lib/crypto";

const RequestSchema = z.object({
  policyId: z.string().cuid(),
  kind: z.enum(["add_driver", "remove_driver", "add_vehicle", "change_address", "increase_limit"]),
  premiumDeltaCents: z.number().int().min(-1_000_000).max(1_000_000),
});

// ok: missing-auth, missing-input-validation
export const requestEndorsement = staffActionClient.inputSchema(RequestSchema).action(async ({ parsedInput, ctx }) => {
  // ok: missing-authorization
  const policy = await prisma.policy.findFirst({ where: { id: parsedInput.policyId, tenantId: ctx.tenantId }, select: { id: true } });
  if (!policy) throw new Error("Policy not found");
  const id = newToken(12);
  // ok: mass-assignment
  await db.insert(endorsements).values({ id, ...parsedInput, tenantId: ctx.tenantId, requestedBy: ctx.userId });
  return { id };
});

type EndorsementPatch = Partial<typeof endorsements.$inferInsert>;

// Underwriters amend a pending endorsement from the review drawer
// ok: missing-auth
// ruleid: missing-input-validation
export async function amendEndorsement(endorsementId: string, patch: EndorsementPatch) {
  const ctx = await requireRole("owner", "admin", "underwriter");
  // ok: missing-authorization
  await db
    .update(endorsements)
    // ruleid: mass-assignment
    .set(patch)
    .where(and(eq(endorsements.id, endorsementId), eq(endorsements.tenantId, ctx.tenantId), eq(endorsements.status, "pending")));
}

// ok: missing-auth, missing-input-validation
export const approveEndorsement = withTenantAdmin("endorsement.approve", async (ctx, formData) => {
  const id = z.string().min(10).max(40).parse(formData.get("endorsementId"));
  const [row] = await db
    .select({ policyId: endorsements.policyId, delta: endorsements.premiumDeltaCents })
    .from(endorsements)
    .where(and(eq(endorsements.id, id), eq(endorsements.tenantId, ctx.tenantId)));
  if (!row) throw new Error("Not found");
  await db.update(endorsements).set({ status: "approved" }).where(eq(endorsements.id, id));
  // ok: missing-authorization
  await prisma.policy.update({ where: { id: row.policyId, tenantId: ctx.tenantId }, data: { premiumCents: { increment: row.delta } } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export async function listEndorsements(policyId: string) {
  const ctx = await requireRole("owner", "admin", "underwriter", "claims_manager", "auditor");
  const id = z.string().cuid().parse(policyId);
  // ok: missing-authorization
  const rows = await db.select().from(endorsements).where(and(eq(endorsements.policyId, id), eq(endorsements.tenantId, ctx.tenantId)));
  // ruleid: excessive-data-exposure
  return rows;
}
