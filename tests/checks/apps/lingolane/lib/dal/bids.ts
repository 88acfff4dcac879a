import "server-only";
import { prisma } from "@/lib/db/prisma";

export async function getOwnBid(bidId: string, translatorId: string) {
  const bid = await prisma.bid.findFirst({ where: { id: bidId, translatorId }, select: { id: true, jobId: true, status: true } });
  if (!bid) throw new Error("Bid not found");
  return bid;
}
