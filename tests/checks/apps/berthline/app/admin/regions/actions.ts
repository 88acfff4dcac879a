"use server";

import { z } from "zod";
import { prisma } from "@/lib/prisma";
import { groupAdminClient } from "@/lib/safe-action";
import { requireRegionalAdmin } from "@/lib/guards";
import { auditLog } from "@/lib/audit";
import { verifySession } from "@/lib/dal";
import { IdSchema } from "@/lib/schemas";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createRegion = groupAdminClient
  .metadata({ actionName: "region.create" })
  .schema(z.object({ name: z.string().min(2).max(60) }))
  .action(async ({ parsedInput }) => {
    // ok: mass-assignment
    const region = await prisma.region.create({ data: parsedInput, select: { id: true } });
    return region;
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const appointRegionalAdmin = groupAdminClient
  .metadata({ actionName: "region.appoint-admin" })
  .schema(z.object({ userId: IdSchema, regionId: IdSchema }))
  .action(async ({ parsedInput }) => {
    // ok: missing-authorization, mass-assignment
    await prisma.user.update({ where: { id: parsedInput.userId }, data: { role: "REGIONAL_ADMIN", regionId: parsedInput.regionId } });
    return { done: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function moveMarinaToRegion(marinaId: string, regionId: string) {
  await verifySession();
  const ids = z.object({ marinaId: IdSchema, regionId: IdSchema }).parse({ marinaId, regionId });
  const marina = await prisma.marina.findUnique({ where: { id: ids.marinaId }, select: { regionId: true } });
  if (!marina) throw new Error("Not found");
  const { userId } = await requireRegionalAdmin(marina.regionId);
  await requireRegionalAdmin(ids.regionId);
  // ok: missing-authorization
  await prisma.marina.update({ where: { id: ids.marinaId }, data: { regionId: ids.regionId } });
  await auditLog({ actorId: userId, action: "marina.move", target: ids.marinaId, meta: { to: ids.regionId } });
}

// Admin pages are behind middleware.
// ruleid: missing-auth // todoruleid: missing-audit-log
// ok: missing-input-validation
export async function deleteRegion(regionId: string) {
  const id = IdSchema.parse(regionId);
  await prisma.marina.updateMany({ where: { regionId: id }, data: { isPublic: false } });
  await prisma.region.delete({ where: { id } });
}
