"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireMember } from "@/lib/auth/session";
import { assertCoordinator } from "@/lib/auth/guards";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-audit-log
// ruleid: missing-input-validation
export async function bulkImportWaitlist(gardenId: string, rows: { userId: string; note?: string; position: number }[]) {
  const { userId } = await requireMember();
  await assertCoordinator(userId, gardenId);
  // ruleid: mass-assignment
  await prisma.waitlistEntry.createMany({ data: rows.map((r) => ({ ...r, gardenId })) });
  await auditLog({ actorId: userId, action: "waitlist.import", target: gardenId, meta: { count: rows.length } });
}

// ok: missing-auth, missing-input-validation
// todoruleid: missing-audit-log
export async function purgeWaitlist(gardenId: string, olderThanDays: number) {
  const { userId } = await requireMember();
  const input = z.object({ gardenId: z.string().min(1).max(40), olderThanDays: z.number().int().min(30).max(3650) }).parse({ gardenId, olderThanDays });
  await assertCoordinator(userId, input.gardenId);
  // ruleid: sql-injection
  await prisma.$executeRawUnsafe(`DELETE FROM "WaitlistEntry" WHERE "gardenId" = '${input.gardenId}' AND "createdAt" < now() - interval '${input.olderThanDays} days'`);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function compactWaitlist(gardenId: string) {
  const { userId } = await requireMember();
  const id = z.string().cuid().parse(gardenId);
  await assertCoordinator(userId, id);
  // ok: sql-injection
  await prisma.$executeRaw`UPDATE "WaitlistEntry" w SET position = r.rn FROM (SELECT id, row_number() OVER (ORDER BY priority DESC, "createdAt") AS rn FROM "WaitlistEntry" WHERE "gardenId" = ${id}) r WHERE w.id = r.id`;
  await auditLog({ actorId: userId, action: "waitlist.compact", target: id });
}

// ok: missing-auth, missing-input-validation
export async function addFriendToWaitlist(formData: FormData) {
  await requireMember();
  const input = z.object({ gardenId: z.string().cuid(), userId: z.string().cuid(), note: z.string().max(200).optional() }).parse(Object.fromEntries(formData));
  const position = (await prisma.waitlistEntry.count({ where: { gardenId: input.gardenId } })) + 1;
  // ruleid: missing-authorization, mass-assignment
  await prisma.waitlistEntry.create({ data: { gardenId: input.gardenId, userId: input.userId, note: input.note, position } });
  return { ok: true };
}
