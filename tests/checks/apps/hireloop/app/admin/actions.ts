"use server";

import { z } from "zod";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { auth, requireStaff } from "@/lib/admin-auth";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

const UserId = z.string().cuid();
const CompanyId = z.string().cuid();

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function impersonateUser(userId: string) {
  const staff = await requireStaff();
  const target = UserId.parse(userId);
  await auditLog({ action: "admin.impersonate", actorId: staff.user.id, target });
  await auth.api.impersonateUser({ body: { userId: target }, headers: await headers() });
}

// ruleid: missing-audit-log
export async function suspendCompany(companyId: string, reason: string) {
  // ok: floating-auth-check
  await requireStaff();
  const id = CompanyId.parse(companyId);
  const why = z.string().min(3).max(500).parse(reason);
  // ok: missing-authorization
  await db.company.update({ where: { id }, data: { suspendedAt: new Date() } });
  console.log(`company ${id} suspended: ${why}`);
}

// ruleid: missing-auth
export async function unsuspendCompany(companyId: string) {
  // ruleid: floating-auth-check
  requireStaff();
  const id = CompanyId.parse(companyId);
  await db.company.update({ where: { id }, data: { suspendedAt: null } });
  await auditLog({ action: "admin.unsuspend", target: id });
}

// ok: missing-auth, missing-input-validation
export async function searchUsers(query: string) {
  await requireStaff();
  const q = z.string().min(2).max(100).parse(query);
  const users = await db.user.findMany({ where: { email: { contains: q, mode: "insensitive" } }, take: 25 });
  await auditLog({ action: "admin.search_users", meta: { q, results: users.length } });
  // ruleid: excessive-data-exposure
  return users;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteUser(userId: string) {
  const staff = await requireStaff();
  const id = UserId.parse(userId);
  await db.$transaction([db.membership.deleteMany({ where: { userId: id } }), db.user.delete({ where: { id } })]);
  logger.warn({ actor: staff.user.id, target: id, action: "admin.user_deleted" }, "user deleted by staff");
}

// ok: missing-auth, missing-input-validation
export async function grantSuperAdmin(userId: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session || session.user.role !== "admin") throw new Error("Forbidden");
  const id = UserId.parse(userId);
  // ok: missing-authorization
  await db.user.update({ where: { id }, data: { isSuperAdmin: true } });
  await auditLog({ action: "admin.grant_super_admin", actorId: session.user.id, target: id });
}

// ruleid: missing-audit-log
export async function resetUserTwoFactor(userId: string) {
  const staff = await requireStaff();
  const id = UserId.parse(userId);
  await db.user.update({ where: { id }, data: { twoFactorEnabled: false, twoFactorSecret: null } });
  return { ok: true, by: staff.user.email };
}

// ruleid: missing-audit-log
export async function changeUserEmail(userId: string, email: string) {
  await requireStaff();
  const id = UserId.parse(userId);
  const next = z.string().email().parse(email);
  await db.user.update({ where: { id }, data: { email: next, emailVerified: null } });
  console.log(`[admin] email for ${id} changed to ${next}`);
}
