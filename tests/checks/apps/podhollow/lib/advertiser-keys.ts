import { prisma } from "@/lib/db/prisma";
import { secureCompare } from "@/lib/secure-compare";

// Advertiser reporting API (older scheme: plain key stored on the row).
export async function advertiserFromKey(advertiserId: string, presented: string) {
  const adv = await prisma.advertiser.findUnique({ where: { id: advertiserId }, select: { id: true, apiKey: true } });
  if (!adv?.apiKey) return null;
  // ruleid: timing-unsafe-comparison
  return adv.apiKey === presented ? adv.id : null;
}

export async function advertiserFromKeySafe(advertiserId: string, presented: string) {
  const adv = await prisma.advertiser.findUnique({ where: { id: advertiserId }, select: { id: true, apiKey: true } });
  // ok: timing-unsafe-comparison
  if (!adv?.apiKey || presented.length === 0) return null;
  // ok: timing-unsafe-comparison
  return secureCompare(adv.apiKey, presented) ? adv.id : null;
}
