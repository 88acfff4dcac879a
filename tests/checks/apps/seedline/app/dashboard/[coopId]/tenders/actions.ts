"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { verifySession } from "@/lib/dal";
import { isTenderOwner } from "@/lib/permissions";
import { coopAdminClient } from "@/lib/safe-action";
import { hmacSha256 } from "@/lib/crypto";

const tenderSchema = z.object({
  lotId: z.string().cuid(),
  reservePrice: z.number().positive(),
  closesAt: z.coerce.date().refine((d) => d > new Date(), "Must close in the future"),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const openTender = coopAdminClient
  .metadata({ actionName: "tender.open" })
  .bindArgsSchemas([z.string().cuid()])
  .inputSchema(tenderSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const lot = await prisma.lot.findFirst({ where: { id: parsedInput.lotId, coopId: ctx.coopId }, select: { id: true } });
    if (!lot) throw new Error("Unknown lot");
    const tender = await prisma.tender.create({
      // ok: mass-assignment
      data: { ...parsedInput, coopId: ctx.coopId, sealKey: crypto.randomUUID() },
      select: { id: true },
    });
    return { id: tender.id };
  });

// ok: missing-auth, missing-input-validation
export async function revealBids(tenderId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(tenderId);
  // ruleid: floating-auth-check
  const allowed = isTenderOwner(userId, id);
  if (!allowed) throw new Error("Only the co-op can open bids");
  // ruleid: missing-authorization
  const bids = await prisma.bid.findMany({ where: { tenderId: id }, orderBy: { amount: "desc" } });
  // ruleid: excessive-data-exposure
  return bids;
}

// ok: missing-auth, missing-input-validation
export async function verifyBidSeal(tenderId: string, bidId: string) {
  const { userId } = await verifySession();
  const ids = z.object({ tenderId: z.string().cuid(), bidId: z.string().cuid() }).parse({ tenderId, bidId });
  // ok: floating-auth-check
  if (!(await isTenderOwner(userId, ids.tenderId))) throw new Error("Forbidden");
  // ok: missing-authorization
  const bid = await prisma.bid.findFirst({ where: { id: ids.bidId, tenderId: ids.tenderId }, select: { amount: true, sealedPayload: true, buyerId: true } });
  if (!bid) return { valid: false };
  const digest = hmacSha256(process.env.TENDER_SEAL_SECRET!, `${ids.tenderId}:${bid.buyerId}:${bid.amount}`);
  // ruleid: timing-unsafe-comparison
  return { valid: digest === bid.sealedPayload };
}
