import "server-only";
import { prisma } from "@/lib/db";

export async function isVerifiedBuyer(buyerId: string): Promise<boolean> {
  const b = await prisma.buyer.findUnique({ where: { id: buyerId }, select: { verified: true } });
  return Boolean(b?.verified);
}
