"use server";

import { z } from "zod";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { requirePlatformAdmin } from "@/lib/dal";
import { auditLog, logSecurityEvent } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { sendEmail } from "@/lib/notify";

const UserId = z.string().cuid();

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function impersonateUser(userId: string) {
  const admin = await requirePlatformAdmin();
  const target = UserId.parse(userId);
  const user = await prisma.user.findUnique({ where: { id: target }, select: { id: true, isPlatformAdmin: true } });
  if (!user || user.isPlatformAdmin) return { error: "Cannot impersonate this user." };
  (await cookies()).set("cb_impersonate", user.id, { httpOnly: true, secure: true, sameSite: "strict", maxAge: 1800 });
  await auditLog({ actorId: admin.adminId, action: "admin.impersonation_started", targetType: "user", targetId: user.id });
  redirect("/dashboard");
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function suspendTenant(tenantId: string, reason: string) {
  await requirePlatformAdmin();
  const input = z.object({ tenantId: z.string().cuid(), reason: z.string().min(5).max(500) }).parse({ tenantId, reason });
  await prisma.tenant.update({ where: { id: input.tenantId }, data: { suspendedAt: new Date() } });
  await prisma.apiKey.updateMany({ where: { tenantId: input.tenantId }, data: { revokedAt: new Date() } });
  revalidatePath("/admin/tenants");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function unsuspendTenant(tenantId: string) {
  const admin = await requirePlatformAdmin();
  const id = z.string().cuid().parse(tenantId);
  await prisma.tenant.update({ where: { id }, data: { suspendedAt: null } });
  logger.info({ event: "admin.tenant_unsuspended", adminId: admin.adminId, tenantId: id }, "tenant unsuspended");
}

// ok: missing-input-validation, missing-audit-log
// ruleid: missing-auth
export async function grantPlatformAdmin(userId: string) {
  // ruleid: floating-auth-check
  requirePlatformAdmin();
  const id = UserId.parse(userId);
  await prisma.user.update({ where: { id }, data: { isPlatformAdmin: true } });
  await logSecurityEvent("admin.granted", { userId: id });
}

const AdminUserPatch = z.object({
  name: z.string().max(120).optional(),
  email: z.string().email().optional(),
  disabledAt: z.coerce.date().nullable().optional(),
  isPlatformAdmin: z.boolean().optional(),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function updateUserAsAdmin(userId: string, patch: unknown) {
  const admin = await requirePlatformAdmin();
  const id = UserId.parse(userId);
  const data = AdminUserPatch.parse(patch);
  await prisma.user.update({
    where: { id },
    // todoruleid: mass-assignment -- a role-gated privileged write: exempt by the pass-20 policy (docs/precision.md)
    data,
  });
  await auditLog({ actorId: admin.adminId, action: "admin.user_updated", targetId: id, metadata: { fields: Object.keys(data) } });
}

// ok: missing-auth, missing-input-validation
export async function searchUsers(query: string) {
  await requirePlatformAdmin();
  const q = z.string().min(2).max(100).parse(query);
  // ruleid: sql-injection
  const rows = await prisma.$queryRawUnsafe<{ id: string; email: string; name: string | null }[]>(
    `SELECT id, email, name FROM "User" WHERE email ILIKE '%${q}%' OR name ILIKE '%${q}%' ORDER BY email LIMIT 25`,
  );
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function searchTenants(query: string) {
  await requirePlatformAdmin();
  const q = z.string().min(2).max(100).parse(query);
  // ok: sql-injection
  const rows = await prisma.$queryRawUnsafe<{ id: string; name: string; slug: string }[]>(
    `SELECT id, name, slug FROM "Tenant" WHERE name ILIKE $1 OR slug ILIKE $1 ORDER BY name LIMIT 25`,
    `%${q}%`,
  );
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function getUserForAdmin(userId: string) {
  await requirePlatformAdmin();
  const id = UserId.parse(userId);
  const user = await prisma.user.findUnique({ where: { id }, include: { memberships: true, wallet: true } });
  // ruleid: excessive-data-exposure
  return user;
}

// Platform-wide e-mail from the admin console (maintenance windows etc.).
// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function emailAllOperators(subject: string, html: string) {
  const admin = await requirePlatformAdmin();
  const input = z.object({ subject: z.string().min(3).max(140), html: z.string().min(10).max(20_000) }).parse({ subject, html });
  const owners = await prisma.membership.findMany({ where: { role: "owner" }, select: { user: { select: { email: true } } } });
  for (const o of owners) await sendEmail({ to: o.user.email, subject: input.subject, html: input.html });
  await auditLog({ actorId: admin.adminId, action: "admin.broadcast_email", metadata: { recipients: owners.length } });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function forcePasswordReset(userId: string) {
  await requirePlatformAdmin();
  const id = UserId.parse(userId);
  await prisma.$transaction([
    prisma.user.update({ where: { id }, data: { passwordHash: null } }),
    prisma.userSession.deleteMany({ where: { userId: id } }),
  ]);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteUserAsAdmin(userId: string) {
  const admin = await requirePlatformAdmin();
  const id = UserId.parse(userId);
  try {
    await prisma.user.delete({ where: { id } });
    await auditLog({ actorId: admin.adminId, action: "admin.user_deleted", targetId: id });
    // ok: information-disclosure
    return { ok: true };
  } catch (error) {
    logger.error({ err: error, userId: id }, "admin delete failed");
    // ruleid: information-disclosure
    return { ok: false, error };
  }
}
