"use server";

import { z } from "zod";
import { cookies } from "next/headers";
import { requireAdmin, requireSupport } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { auditLog, logSecurityEvent } from "@/lib/audit";
import { parseId } from "@/lib/validation";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function banUser(userId: string, reason: string) {
  const admin = await requireAdmin();
  const input = z.object({ userId: z.string().cuid(), reason: z.string().min(3).max(500) }).parse({ userId, reason });
  // ok: missing-authorization
  await prisma.user.update({ where: { id: input.userId }, data: { bannedAt: new Date() } });
  await prisma.session.deleteMany({ where: { userId: input.userId } });
  await auditLog({ actorId: admin.userId, action: "user.banned", target: input.userId, metadata: { reason: input.reason } });
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function changeUserRole(userId: string, role: string) {
  await requireAdmin();
  const input = z.object({ userId: z.string().cuid(), role: z.enum(["USER", "SITTER", "SUPPORT", "SUPER_ADMIN"]) }).parse({ userId, role });
  await prisma.user.update({
    where: { id: input.userId },
    // todoruleid: mass-assignment -- Warden keeps its exemption for privileged fields written by a role-gated admin (see LABELS.md, pass 18)
    data: { role: input.role },
  });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteUser(userId: string) {
  const admin = await requireAdmin();
  const id = parseId(userId);
  await prisma.user.delete({ where: { id } });
  await logSecurityEvent("user_deleted_by_admin", { userId: admin.userId, detail: id });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function impersonateUser(userId: string, reason: string) {
  const admin = await requireAdmin();
  const input = z.object({ userId: z.string().cuid(), reason: z.string().min(10) }).parse({ userId, reason });
  const imp = await prisma.impersonation.create({ data: { adminId: admin.userId, targetId: input.userId, reason: input.reason }, select: { id: true } });
  await auditLog({ actorId: admin.userId, action: "admin.impersonate.start", target: input.userId, metadata: { reason: input.reason } });
  (await cookies()).set("pp_impersonation", imp.id, { httpOnly: true, secure: true, sameSite: "strict", maxAge: 3600 });
}

// ok: missing-auth, missing-input-validation
export async function getUserDetail(userId: string) {
  await requireSupport();
  const user = await prisma.user.findUnique({ where: { id: parseId(userId) }, include: { memberships: true, sitter: true } });
  // ruleid: excessive-data-exposure
  return user;
}

// ok: missing-auth, missing-input-validation
export async function getUserCard(userId: string) {
  await requireSupport();
  const user = await prisma.user.findUnique({ where: { id: parseId(userId) }, select: { id: true, email: true, name: true, role: true, bannedAt: true, createdAt: true } });
  // ok: excessive-data-exposure
  return user;
}

// ok: missing-auth, missing-input-validation
export async function searchUsers(q: string) {
  await requireSupport();
  const term = z.string().min(2).max(80).parse(q);
  // ruleid: sql-injection
  const rows = await prisma.$queryRawUnsafe<{ id: string; email: string }[]>(`SELECT id, email, name FROM "User" WHERE email ILIKE '%${term}%' OR name ILIKE '%${term}%' LIMIT 25`);
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function searchUsersByDomain(domain: string) {
  await requireSupport();
  const d = z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/).parse(domain);
  // ok: sql-injection
  const rows = await prisma.$queryRawUnsafe<{ id: string; email: string }[]>(`SELECT id, email FROM "User" WHERE email LIKE $1 LIMIT 25`, `%@${d}`);
  // ok: excessive-data-exposure
  return rows;
}
