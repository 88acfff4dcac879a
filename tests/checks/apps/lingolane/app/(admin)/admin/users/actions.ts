"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { adminActionClient } from "@/lib/safe-action";
import { withAdmin } from "@/lib/wrappers";
import { requireAdmin, validateRequest } from "@/lib/auth/lucia";
import { adminProfileSchema } from "@/lib/validation/schemas";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const setPlatformRole = adminActionClient.metadata({ name: "set_platform_role" }).schema(z.object({ userId: z.string().cuid(), role: z.enum(["USER", "TRANSLATOR", "REVIEWER", "AGENCY_MANAGER", "SUPPORT", "ADMIN"]) })).action(async ({ parsedInput }) => {
    await prisma.user.update({
      // ok: missing-authorization
      where: { id: parsedInput.userId },
      // ok: mass-assignment
      data: { platformRole: parsedInput.role },
    });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const adminEditUser = adminActionClient.metadata({ name: "edit_user" }).schema(adminProfileSchema.extend({ userId: z.string().cuid() })).action(async ({ parsedInput: { userId, ...data } }) => {
    await prisma.user.update({
      // ok: missing-authorization
      where: { id: userId },
      // todook: mass-assignment
      data,
    });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const banUser = withAdmin("ban_user", async (admin, userId: unknown) => {
  const id = z.string().cuid().parse(userId);
  // ok: missing-authorization
  await prisma.session.deleteMany({ where: { userId: id } });
  await prisma.user.update({ where: { id }, data: { platformRole: "USER", passwordHash: null } });
  return { banned: id, by: admin.id };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function deleteUser(userId: unknown) {
  await requireAdmin();
  const id = z.string().cuid().parse(userId);
  // ok: missing-authorization
  await prisma.user.delete({ where: { id } });
  return { deleted: true };
}

// ok: missing-input-validation
// ruleid: missing-auth, missing-audit-log
export async function grantWelcomeCredits(userId: unknown) {
  const { user } = await validateRequest();
  const id = z.string().cuid().parse(userId);
  await prisma.user.update({
    where: { id },
    data: { credits: { increment: 500 } },
  });
  return { ok: true, by: user?.id };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function resetUser2fa(userId: unknown) {
  const admin = await requireAdmin();
  const id = z.string().cuid().parse(userId);
  // ok: missing-authorization
  await prisma.user.update({ where: { id }, data: { twoFactorEnabled: false, twoFactorSecret: null } });
  await auditLog({ actorId: admin.id, action: "admin.2fa_reset", target: id });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function searchUsers(q: unknown) {
  await requireAdmin();
  const term = z.string().min(2).max(100).parse(q);
  const users = await prisma.user.findMany({ where: { email: { contains: term } }, take: 50 });
  // ruleid: excessive-data-exposure
  return users;
}

// ok: missing-auth, missing-input-validation
export async function searchUsersSafe(q: unknown) {
  await requireAdmin();
  const term = z.string().min(2).max(100).parse(q);
  const users = await prisma.user.findMany({
    where: { email: { contains: term } },
    select: { id: true, email: true, name: true, platformRole: true, createdAt: true },
    take: 50,
  });
  // ok: excessive-data-exposure
  return users;
}
