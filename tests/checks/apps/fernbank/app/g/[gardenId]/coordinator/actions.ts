"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireMember } from "@/lib/auth/session";
import { assertCoordinator, canManageGarden, requireGardenRole } from "@/lib/auth/guards";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

const target = z.object({ gardenId: z.string().cuid(), membershipId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function demoteCoordinator(gardenId: string, membershipId: string) {
  const { userId } = await requireMember();
  const input = target.parse({ gardenId, membershipId });
  await assertCoordinator(userId, input.gardenId);
  // ok: missing-authorization, mass-assignment
  await prisma.gardenMembership.update({ where: { id: input.membershipId, gardenId: input.gardenId }, data: { role: "MEMBER" } });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function expelMember(gardenId: string, membershipId: string) {
  const { userId } = await requireMember();
  const input = target.parse({ gardenId, membershipId });
  if (!(await canManageGarden(userId, input.gardenId))) return { error: "Coordinators only" };
  // ok: missing-authorization
  await prisma.gardenMembership.delete({ where: { id: input.membershipId, gardenId: input.gardenId } });
  console.info("member expelled", input.membershipId);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function suspendMemberLoans(gardenId: string, membershipId: string) {
  const { userId } = await requireMember();
  const input = target.parse({ gardenId, membershipId });
  // ruleid: floating-auth-check
  assertCoordinator(userId, input.gardenId);
  const m = await prisma.gardenMembership.findUnique({ where: { id: input.membershipId }, select: { userId: true } });
  if (!m) return { error: "Not found" };
  // ruleid: missing-authorization
  await prisma.toolLoan.updateMany({ where: { borrowerId: m.userId, returnedAt: null }, data: { dueAt: new Date() } });
  await auditLog({ actorId: userId, action: "loans.suspend", target: input.membershipId });
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateGardenSettings(gardenId: string, formData: FormData) {
  const { userId } = await requireMember();
  const { error } = await requireGardenRole(userId, gardenId, ["COORDINATOR"]);
  if (error) return { error: "Coordinators only" };
  const settings = Object.fromEntries(formData);
  // ok: missing-authorization
  await prisma.garden.update({
    where: { id: gardenId },
    // ruleid: mass-assignment
    data: settings,
  });
  await auditLog({ actorId: userId, action: "garden.settings", target: gardenId });
  return { ok: true };
}

const settingsSchema = z.object({ name: z.string().min(2).max(100), address: z.string().max(200), isPublic: z.coerce.boolean() });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function saveGardenSettings(gardenId: string, formData: FormData) {
  const { userId } = await requireMember();
  const id = z.string().cuid().parse(gardenId);
  const { error } = await requireGardenRole(userId, id, ["COORDINATOR"]);
  if (error) return { error: "Coordinators only" };
  const data = settingsSchema.parse(Object.fromEntries(formData));
  // ok: missing-authorization, mass-assignment
  await prisma.garden.update({ where: { id }, data });
  logger.info({ actor: userId, gardenId: id }, "garden.settings.saved");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function approveWaitlistHead(gardenId: string, plotId: string) {
  const { userId } = await requireMember();
  const input = z.object({ gardenId: z.string().cuid(), plotId: z.string().cuid() }).parse({ gardenId, plotId });
  const { error } = await requireGardenRole(userId, input.gardenId, ["COORDINATOR"]);
  if (error) return { error: "Coordinators only" };
  const head = await prisma.waitlistEntry.findFirst({ where: { gardenId: input.gardenId }, orderBy: [{ priority: "desc" }, { position: "asc" }], select: { id: true, userId: true } });
  if (!head) return { error: "Waiting list is empty" };
  // ok: missing-authorization, mass-assignment
  await prisma.plot.update({ where: { id: input.plotId, gardenId: input.gardenId }, data: { holderId: head.userId, status: "active" } });
  await prisma.waitlistEntry.delete({ where: { id: head.id } });
  await auditLog({ actorId: userId, action: "waitlist.allocate", target: input.plotId });
  return { ok: true };
}
