"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pg";
import { requireSuperAdmin, getConsoleUser } from "@/lib/auth/super-admin";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function suspendOrganization(orgId: string, reason: string) {
  const { adminId } = await requireSuperAdmin();
  const input = z.object({ orgId: z.string().cuid(), reason: z.string().min(5).max(500) }).parse({ orgId, reason });
  // ok: missing-authorization
  await prisma.organization.update({ where: { id: input.orgId }, data: { plan: "suspended" } });
  await auditLog({ actorId: adminId, action: "console.org.suspend", target: input.orgId, meta: { reason: input.reason } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function grantSuperAdmin(userId: string) {
  await requireSuperAdmin();
  const id = z.string().cuid().parse(userId);
  // ok: mass-assignment
  // ok: missing-authorization
  await prisma.user.update({ where: { id }, data: { isSuperAdmin: true } });
  return { ok: true };
}

// ok: missing-input-validation, missing-audit-log
// ruleid: missing-auth
export async function reactivateOrganization(orgId: string) {
  const admin = await getConsoleUser();
  logger.info({ admin: admin?.id, orgId }, "console: reactivating organisation");
  const id = z.string().cuid().parse(orgId);
  // ok: mass-assignment
  await prisma.organization.update({ where: { id }, data: { plan: "harbour" } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function searchUsers(query: string) {
  const { adminId } = await requireSuperAdmin();
  const q = z.string().min(2).max(80).parse(query);
  logger.info({ adminId, q }, "console user search");
  const users = await prisma.user.findMany({
    where: { OR: [{ email: { contains: q, mode: "insensitive" } }, { name: { contains: q, mode: "insensitive" } }] },
    take: 25,
  });
  // ruleid: excessive-data-exposure
  return users;
}

// ok: missing-auth, missing-audit-log
// ruleid: missing-input-validation
export async function runConsoleReport(table: string, orgId: string) {
  const { adminId } = await requireSuperAdmin();
  await auditLog({ actorId: adminId, action: "console.report", target: table });
  // ruleid: sql-injection
  // ok: missing-authorization
  const { rows } = await pool.query("SELECT count(*)::int AS n FROM " + table + " WHERE org_id = $1", [orgId]);
  return { count: rows[0]?.n ?? 0 };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function deleteUserAccount(userId: string) {
  await requireSuperAdmin();
  const id = z.string().cuid().parse(userId);
  // ok: missing-authorization
  await prisma.membership.deleteMany({ where: { userId: id } });
  // ok: missing-authorization
  await prisma.user.delete({ where: { id } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function forcePasswordReset(userId: string) {
  await requireSuperAdmin();
  const id = z.string().cuid().parse(userId);
  // ok: mass-assignment
  // ok: missing-authorization
  await prisma.user.update({ where: { id }, data: { passwordHash: null } });
  await prisma.passwordResetToken.deleteMany({ where: { userId: id } });
  return { ok: true };
}
