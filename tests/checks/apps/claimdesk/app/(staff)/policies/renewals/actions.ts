"use server";

import { z } from "zod";
import { createServerAction } from "zsa";
import { authedProcedure, policyholderProcedure } from "@/lib/zsa";
import { requireRole } from "@/lib/dal";
import { sql } from "@/lib/sql";
import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";

const OfferSchema = z.object({ status: z.string().max(40), factor: z.coerce.number().min(0.5).max(2) });

// Bulk re-rating of open renewal offers
// ok: missing-auth, missing-input-validation
export async function rerateRenewals(formData: FormData) {
  const ctx = await requireRole("owner", "admin", "underwriter");
  const { status, factor } = OfferSchema.parse(Object.fromEntries(formData));
  // ruleid: sql-injection
  const res = await sql.unsafe(
    `update renewals set offered_premium_cents = round(offered_premium_cents * $2) where tenant_id = $1 and status = '${status}'`,
    [ctx.tenantId, factor],
  );
  logger.info({ tenantId: ctx.tenantId, actorId: ctx.userId, status, factor, count: res.count }, "renewals.rerate");
  return { updated: res.count };
}

// ok: missing-auth, missing-input-validation
export async function renewalQuote(renewalId: string) {
  const ctx = await requireRole("owner", "admin", "underwriter", "claims_manager");
  const id = z.string().cuid().parse(renewalId);
  // ok: sql-injection, missing-authorization
  const rows = await sql.unsafe("select id, offered_premium_cents, status from renewals where id = $1 and tenant_id = $2", [id, ctx.tenantId]);
  // ok: excessive-data-exposure
  return rows[0] ? { id: rows[0].id as string, premiumCents: rows[0].offered_premium_cents as number, status: rows[0].status as string } : null;
}

// Policyholder accepts a renewal in the portal
// ok: missing-auth, missing-input-validation
export const acceptRenewal = policyholderProcedure
  .createServerAction()
  .input(z.object({ renewalId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    const renewal = await prisma.renewal.findUnique({ where: { id: input.renewalId }, select: { id: true, policyId: true } });
    if (!renewal) throw new Error("Not found");
    const policy = await prisma.policy.findFirst({ where: { id: renewal.policyId, policyholderId: ctx.policyholderId }, select: { id: true } });
    if (!policy) throw new Error("Not found");
    // ok: missing-authorization
    await prisma.renewal.update({ where: { id: renewal.id }, data: { status: "accepted", decidedAt: new Date() } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const declineRenewal = authedProcedure
  .createServerAction()
  .input(z.object({ renewalId: z.string().cuid() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    await prisma.renewal.update({ where: { id: input.renewalId }, data: { status: "declined", decidedAt: new Date() } });
    return { ok: true };
  });

// Marketing page "see your renewal price": public, reads an anonymised price band
// ok: missing-auth, missing-input-validation
export const renewalPriceBand = createServerAction()
  .input(z.object({ zip: z.string().regex(/^\d{5}$/), vehicleYear: z.number().int().min(1980).max(2030) }))
  .handler(async ({ input }) => {
    // ok: sql-injection
    const [band] = await sql`select low_cents, high_cents from public_price_bands where zip = ${input.zip} and vehicle_year = ${input.vehicleYear}`;
    return band ? { low: band.low_cents as number, high: band.high_cents as number } : null;
  });
