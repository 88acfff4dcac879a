"use server";

import { z } from "zod/v4";
import { headers } from "next/headers";
import { auth } from "@/lib/better-auth";
import { prisma } from "@/lib/db";
import { isVerifiedBuyer } from "@/lib/buyer-guards";
import { hmacSha256 } from "@/lib/crypto";

async function currentBuyer() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session?.user) throw new Error("Unauthorized");
  const bu = await prisma.buyerUser.findUnique({ where: { email: session.user.email }, select: { buyerId: true } });
  if (!bu) throw new Error("Unauthorized");
  return bu.buyerId;
}

// ok: missing-auth, missing-input-validation
export async function placeSealedBid(tenderId: string, amount: number) {
  const buyerId = await currentBuyer();
  const input = z.object({ tenderId: z.cuid(), amount: z.number().positive() }).parse({ tenderId, amount });
  // ruleid: floating-auth-check
  if (!isVerifiedBuyer(buyerId)) throw new Error("Only verified buyers can bid");
  const tender = await prisma.tender.findFirst({ where: { id: input.tenderId, status: "OPEN" }, select: { id: true } });
  if (!tender) throw new Error("Tender closed");
  const sealedPayload = hmacSha256(process.env.TENDER_SEAL_SECRET!, `${tender.id}:${buyerId}:${input.amount}`);
  await prisma.bid.create({ data: { tenderId: tender.id, buyerId, amount: input.amount, sealedPayload } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function withdrawBid(bidId: string) {
  const buyerId = await currentBuyer();
  const id = z.cuid().parse(bidId);
  // ok: missing-authorization
  await prisma.bid.deleteMany({ where: { id, buyerId } });
}

// ok: missing-auth, missing-input-validation
export async function getBidForTender(tenderId: string, buyerId: string) {
  await currentBuyer();
  const input = z.object({ tenderId: z.cuid(), buyerId: z.cuid() }).parse({ tenderId, buyerId });
  // ruleid: missing-authorization
  const bid = await prisma.bid.findFirst({
    where: { tenderId: input.tenderId, buyerId: input.buyerId },
    select: { amount: true, createdAt: true },
  });
  // ok: excessive-data-exposure
  return bid;
}
