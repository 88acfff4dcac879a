"use server";

import { z } from "zod";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";
import { groupAdminClient } from "@/lib/safe-action";
import { isRegionalAdminOf, requireRegionalAdmin } from "@/lib/guards";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { IdSchema } from "@/lib/schemas";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function suspendMarina(marinaId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const id = IdSchema.parse(marinaId);
  const marina = await prisma.marina.findUnique({ where: { id }, select: { regionId: true } });
  if (!marina) throw new Error("Not found");
  // ruleid: floating-auth-check
  if (!isRegionalAdminOf(session.user.id, marina.regionId)) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await prisma.marina.update({ where: { id }, data: { isPublic: false } });
  await auditLog({ actorId: session.user.id, action: "marina.suspend", target: id });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function handOverMarina(marinaId: string, memberId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const input = z.object({ marinaId: IdSchema, memberId: IdSchema }).parse({ marinaId, memberId });
  const marina = await prisma.marina.findUnique({ where: { id: input.marinaId }, select: { regionId: true } });
  if (!marina) throw new Error("Not found");
  await requireRegionalAdmin(marina.regionId);
  await prisma.marinaMember.updateMany({ where: { marinaId: input.marinaId, role: "MANAGER" }, data: { role: "HARBOURMASTER" } });
  // ok: missing-authorization, mass-assignment
  await prisma.marinaMember.updateMany({ where: { id: input.memberId, marinaId: input.marinaId }, data: { role: "MANAGER" } });
}

const BerthRow = z.object({ code: z.string().max(10), lengthM: z.coerce.number().positive(), dailyRateCents: z.coerce.number().int().min(0) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function bulkImportBerths(marinaId: string, csv: string) {
  const session = await auth();
  if (!session?.user?.id) return { error: "Please sign in." };
  const id = IdSchema.parse(marinaId);
  const marina = await prisma.marina.findUnique({ where: { id }, select: { regionId: true } });
  if (!marina) return { error: "Not found." };
  const { userId } = await requireRegionalAdmin(marina.regionId);
  try {
    const rows = z.string().max(200_000).parse(csv).trim().split("\n").slice(1).map((l) => {
      const [code, lengthM, dailyRateCents] = l.split(",");
      return BerthRow.parse({ code, lengthM, dailyRateCents });
    });
    // ok: mass-assignment, missing-authorization
    await prisma.berth.createMany({ data: rows.map((r) => ({ ...r, marinaId: id })) });
    await auditLog({ actorId: userId, action: "berths.import", target: id, meta: { count: rows.length } });
    return { imported: rows.length };
  } catch (e) {
    // ruleid: information-disclosure
    return { error: String(e) };
  }
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function purgeMarinaData(marinaId: string) {
  const session = await auth();
  if ((session?.user as { role?: string } | undefined)?.role !== "GROUP_ADMIN") throw new Error("Forbidden");
  const id = IdSchema.parse(marinaId);
  // ok: missing-authorization
  await prisma.fuelSale.deleteMany({ where: { marinaId: id } });
  await prisma.marinaMember.deleteMany({ where: { marinaId: id } });
}

// Relies on the admin layout's role check.
// ruleid: missing-auth
// ok: missing-input-validation, missing-audit-log
export async function exportMarinaContacts(marinaId: string) {
  const id = IdSchema.parse(marinaId);
  logger.info({ marinaId: id, event: "admin.export.contacts" }, "marina contacts exported");
  const members = await prisma.marinaMember.findMany({ where: { marinaId: id }, select: { role: true, user: { select: { email: true, phone: true, name: true } } } });
  // ok: excessive-data-exposure
  return members;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const updateRegionSettings = groupAdminClient
  .metadata({ actionName: "region.update" })
  .schema(z.object({ regionId: IdSchema, name: z.string().min(2).max(60) }).passthrough())
  .action(async ({ parsedInput }) => {
    const { regionId, ...rest } = parsedInput;
    // ok: missing-authorization
    // ruleid: mass-assignment
    await prisma.region.update({ where: { id: regionId }, data: rest });
    return { done: true };
  });
