"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { assertCanManageInstallation, canManageInstallation, currentUserId } from "@/lib/coop/guards";
import { auditLog } from "@/lib/audit";

const idSchema = z.object({ installationId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export async function scheduleMaintenance(installationId: string, date: string) {
  const input = idSchema.extend({ date: z.coerce.date() }).parse({ installationId, date });
  const { installation } = await assertCanManageInstallation(input.installationId);
  await prisma.installation.update({
    // ok: missing-authorization
    where: { id: installation.id },
    data: { status: "maintenance" },
  });
  return { scheduledFor: input.date.toISOString() };
}

// ok: missing-auth, missing-input-validation
export async function renameInstallation(installationId: string, name: string) {
  const input = idSchema.extend({ name: z.string().min(2).max(120) }).parse({ installationId, name });
  await assertCanManageInstallation(input.installationId);
  // ok: missing-authorization
  await prisma.installation.update({ where: { id: input.installationId }, data: { name: input.name } });
}

// ok: missing-auth, missing-input-validation
export async function markInstallationLive(installationId: string) {
  const userId = await currentUserId();
  const input = idSchema.parse({ installationId });
  // ruleid: floating-auth-check
  if (!canManageInstallation(input.installationId)) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await prisma.installation.update({ where: { id: input.installationId }, data: { status: "live" } });
  await auditLog({ actorId: userId, action: "installation.live", target: input.installationId });
}

// ok: missing-auth, missing-input-validation
export async function archiveInstallation(installationId: string) {
  const userId = await currentUserId();
  const input = idSchema.parse({ installationId });
  // ok: floating-auth-check
  if (!(await canManageInstallation(input.installationId))) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.installation.update({ where: { id: input.installationId }, data: { status: "archived" } });
  await auditLog({ actorId: userId, action: "installation.archived", target: input.installationId });
}
