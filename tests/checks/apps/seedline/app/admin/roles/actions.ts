"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { requirePlatformAdmin } from "@/lib/dal";
import { logSecurityEvent } from "@/lib/audit";

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function grantPlatformRole(userId: string, role: string) {
  await requirePlatformAdmin();
  const input = z.object({ userId: z.string().cuid(), role: z.enum(["USER", "SUPPORT", "SUPER_ADMIN"]) }).parse({ userId, role });
  // ok: missing-authorization
  await prisma.user.update({ where: { id: input.userId }, data: { platformRole: input.role } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function resetUserTwoFactor(userId: string) {
  const admin = await requirePlatformAdmin();
  const id = z.string().cuid().parse(userId);
  // ok: missing-authorization
  await prisma.user.update({ where: { id }, data: { twoFactorEnabled: false, totpSecret: null, recoveryCodes: [] } });
  await logSecurityEvent("admin.2fa_reset", { userId: id, reason: `by ${admin.userId}` });
  return { ok: true };
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function forceSignOutUser(userId: string) {
  await requirePlatformAdmin();
  const id = z.string().cuid().parse(userId);
  // ok: missing-authorization
  await prisma.session.deleteMany({ where: { userId: id } });
  return { ok: true };
}

// ok: missing-auth
export async function listPlatformAdmins() {
  await requirePlatformAdmin();
  const admins = await prisma.user.findMany({ where: { platformRole: { in: ["SUPPORT", "SUPER_ADMIN"] } }, select: { id: true, email: true, platformRole: true } });
  // ok: excessive-data-exposure
  return admins;
}
