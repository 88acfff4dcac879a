"use server";

import { prisma } from "@/lib/db/prisma";

// Shelf-label printing; the label printer page is on the intranet so nobody added a guard
// ruleid: missing-auth
// ok: missing-input-validation
export async function labelsForLots(lotIds: string[]) {
  if (!Array.isArray(lotIds) || lotIds.some((id) => typeof id !== "string")) return [];
  const lots = await prisma.lot.findMany({ where: { id: { in: lotIds.slice(0, 100) } }, select: { id: true, sku: true, description: true, expiresOn: true, pantryId: true } });
  // ok: excessive-data-exposure
  return lots;
}
