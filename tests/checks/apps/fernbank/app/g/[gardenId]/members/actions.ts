"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireMember, requirePlatformAdmin } from "@/lib/auth/session";
import { assertCoordinator, requireGardenRole } from "@/lib/auth/guards";
import { withCoordinator } from "@/lib/wrappers";
import { sendMail } from "@/lib/notify/mailer";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { directoryOrdered } from "@/lib/dal/directory";

const membershipInput = z.object({ gardenId: z.string().cuid(), membershipId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function promoteToCoordinator(formData: FormData) {
  const { userId } = await requireMember();
  const input = membershipInput.parse(Object.fromEntries(formData));
  await assertCoordinator(userId, input.gardenId);
  // ok: missing-authorization, mass-assignment
  await prisma.gardenMembership.update({ where: { id: input.membershipId, gardenId: input.gardenId }, data: { role: "COORDINATOR" } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function makeTreasurer(formData: FormData) {
  const { userId } = await requireMember();
  const input = membershipInput.parse(Object.fromEntries(formData));
  await assertCoordinator(userId, input.gardenId);
  // ok: missing-authorization, mass-assignment
  await prisma.gardenMembership.update({ where: { id: input.membershipId, gardenId: input.gardenId }, data: { role: "TREASURER" } });
  logger.info({ actor: userId, membershipId: input.membershipId }, "membership.role.treasurer");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const removeMember = withCoordinator(z.object({ membershipId: z.string().cuid() }), "member.remove", async (data, { gardenId }) => {
  // ok: missing-authorization
  await prisma.gardenMembership.delete({ where: { id: data.membershipId, gardenId } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const inviteMember = withCoordinator(z.object({ email: z.string().email() }), "member.invite", async (data, { gardenId }) => {
  const garden = await prisma.garden.findUnique({ where: { id: gardenId }, select: { name: true } });
  await sendMail(data.email, `Join ${garden?.name} on Fernbank`, `You have been invited: ${process.env.APP_URL}/join/${gardenId}`);
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export async function exportMemberList(gardenId: string) {
  const { userId } = await requireMember();
  if (typeof gardenId !== "string" || gardenId.length > 40) throw new Error("Bad garden");
  const { error } = await requireGardenRole(userId, gardenId, ["COORDINATOR", "TREASURER"]);
  if (error) return { error: "Not allowed" };
  // ok: missing-authorization
  const rows = await prisma.gardenMembership.findMany({ where: { gardenId }, include: { user: true } });
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function memberDirectory(gardenId: string) {
  const { userId } = await requireMember();
  const id = z.string().cuid().parse(gardenId);
  const { error } = await requireGardenRole(userId, id, ["MEMBER", "PLOT_HOLDER", "COORDINATOR", "TREASURER"]);
  if (error) return [];
  const members = await prisma.gardenMembership.findMany({ where: { gardenId: id }, select: { role: true, user: { select: { name: true } } } });
  // ok: excessive-data-exposure
  return members;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function sortedDirectory(gardenId: string, order: string) {
  const { userId } = await requireMember();
  const { error } = await requireGardenRole(userId, gardenId, ["MEMBER", "PLOT_HOLDER", "COORDINATOR", "TREASURER"]);
  if (error) return [];
  // ok: missing-authorization
  const { rows } = await directoryOrdered(gardenId, order);
  return rows.map((r) => r.user_id);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function importMembers(gardenId: string, rows: { email: string; name: string }[]) {
  const admin = await requirePlatformAdmin();
  const id = z.string().cuid().parse(gardenId);
  const parsed = z.array(z.object({ email: z.string().email(), name: z.string().max(80) })).max(500).parse(rows);
  for (const row of parsed) {
    const user = await prisma.user.upsert({ where: { email: row.email }, create: { email: row.email, name: row.name }, update: {}, select: { id: true } });
    await prisma.gardenMembership.upsert({
      where: { gardenId_userId: { gardenId: id, userId: user.id } },
      // ok: mass-assignment
      create: { gardenId: id, userId: user.id, role: "MEMBER" },
      update: {},
    });
  }
  await auditLog({ actorId: admin.userId, action: "members.import", target: id, meta: { count: parsed.length } });
}
