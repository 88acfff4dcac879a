"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { verifySession, requirePlatformAdmin } from "@/lib/dal";
import { auditLog } from "@/lib/audit";

async function isPlatformAdmin(userId: string): Promise<boolean> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { platformRole: true } });
  return user?.platformRole === "SUPER_ADMIN";
}

// ok: missing-auth, missing-input-validation
export async function deleteStudio(studioId: string) {
  const { userId } = await verifySession();
  // ruleid: floating-auth-check
  if (!isPlatformAdmin(userId)) throw new Error("Forbidden");
  const id = z.string().cuid().parse(studioId);
  // ruleid: missing-authorization
  await prisma.studio.update({ where: { id }, data: { suspendedAt: new Date(), slug: `deleted-${id}` } });
  await auditLog({ actorId: userId, action: "admin.studio_deleted", target: id });
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function transferStudioToFranchise(studioId: string, franchiseId: string) {
  await requirePlatformAdmin();
  const input = z.object({ studioId: z.string().cuid(), franchiseId: z.string().uuid() }).parse({ studioId, franchiseId });
  // ok: missing-authorization
  await prisma.studio.update({ where: { id: input.studioId }, data: { franchiseId: input.franchiseId } });
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function setUserPlatformRole(userId: string, role: string) {
  const admin = await requirePlatformAdmin();
  const input = z.object({ userId: z.string().cuid(), role: z.enum(["USER", "SUPPORT", "SUPER_ADMIN"]) }).parse({ userId, role });
  if (input.userId === admin.userId) throw new Error("You cannot change your own role");
  // ok: missing-authorization
  await prisma.user.update({ where: { id: input.userId }, data: { platformRole: input.role } });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function purgeSoftDeleted(olderThanDays: number) {
  const admin = await requirePlatformAdmin();
  const days = z.number().int().min(30).max(3650).parse(olderThanDays);
  // ok: sql-injection -- (label changed in pass 42) `days` is a z.number().int() parse: a number or a throw, the corpus policy for zod numbers and Number()
  const count = await prisma.$executeRawUnsafe(`DELETE FROM "User" WHERE "deletedAt" < now() - interval '` + days + ` days'`);
  await auditLog({ actorId: admin.userId, action: "admin.purge_soft_deleted", metadata: { days, count } });
  return { purged: count };
}
