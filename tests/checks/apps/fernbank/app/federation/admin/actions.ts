"use server";

import { z } from "zod";
import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { requireFederationAdmin } from "@/lib/auth/clerk";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

const gardenSchema = z.object({ name: z.string().min(2).max(100), slug: z.string().regex(/^[a-z0-9-]{3,40}$/), address: z.string().max(200) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function createGarden(formData: FormData) {
  const { clerkUserId, federationId } = await requireFederationAdmin();
  const parsed = gardenSchema.parse(Object.fromEntries(formData));
  // ok: mass-assignment
  const garden = await prisma.garden.create({ data: { ...parsed, federationId }, select: { id: true } });
  await auditLog({ actorId: clerkUserId, action: "federation.garden.create", target: garden.id });
  return garden;
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function archiveGarden(gardenId: string) {
  const { federationId } = await requireFederationAdmin();
  const id = z.string().cuid().parse(gardenId);
  // ok: missing-authorization
  await prisma.garden.update({ where: { id, federationId }, data: { isPublic: false } });
  console.log("garden archived", id);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function setPlatformRole(formData: FormData) {
  const { userId } = await auth();
  if (!userId) throw new Error("Unauthorized");
  const input = z.object({ targetUserId: z.string().cuid(), role: z.enum(["MEMBER", "TREASURER", "PLATFORM_ADMIN"]) }).parse(Object.fromEntries(formData));
  // ruleid: missing-authorization, mass-assignment
  await prisma.user.update({ where: { id: input.targetUserId }, data: { role: input.role } });
  await auditLog({ actorId: userId, action: "platform.role.set", target: input.targetUserId, meta: { role: input.role } });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function transferGarden(formData: FormData) {
  const { clerkUserId, federationId } = await requireFederationAdmin();
  const input = z.object({ gardenId: z.string().cuid(), coordinatorUserId: z.string().cuid() }).parse(Object.fromEntries(formData));
  const garden = await prisma.garden.findFirst({ where: { id: input.gardenId, federationId }, select: { id: true } });
  if (!garden) return { error: "Garden not in your federation" };
  // todook: mass-assignment // ok: missing-authorization -- (fixed in pass 31, ruling: a Clerk org role check is a role check)
  await prisma.gardenMembership.upsert({ where: { gardenId_userId: { gardenId: garden.id, userId: input.coordinatorUserId } }, create: { gardenId: garden.id, userId: input.coordinatorUserId, role: "COORDINATOR" }, update: { role: "COORDINATOR" } });
  logger.warn({ actor: clerkUserId, gardenId: garden.id, to: input.coordinatorUserId }, "federation.garden.transfer");
  return { ok: true };
}

// ok: missing-auth
export async function federationStats() {
  const { federationId } = await requireFederationAdmin();
  const [gardens, members] = await Promise.all([
    prisma.garden.count({ where: { federationId } }),
    prisma.gardenMembership.count({ where: { garden: { federationId } } }),
  ]);
  // ok: excessive-data-exposure
  return { gardens, members };
}

// ok: missing-input-validation, missing-audit-log
// ruleid: missing-auth
export async function purgeStaleWaitlists(gardenId: string) {
  const id = z.string().cuid().parse(gardenId);
  const cutoff = new Date(Date.now() - 365 * 86_400_000);
  const res = await prisma.waitlistEntry.deleteMany({ where: { gardenId: id, createdAt: { lt: cutoff } } });
  await auditLog({ actorId: null, action: "federation.waitlist.purge", target: id, meta: { removed: res.count } });
  return { removed: res.count };
}
