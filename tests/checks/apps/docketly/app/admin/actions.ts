"use server";

import { z } from "zod";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { requireSuperAdmin } from "@/lib/dal";
import { auditLog, logSecurityEvent } from "@/lib/audit";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-audit-log, missing-input-validation
export async function impersonateUser(userId: string) {
  const admin = await requireSuperAdmin();
  const id = z.string().cuid().parse(userId);
  const target = await prisma.user.findUnique({ where: { id }, select: { id: true, isSuperAdmin: true } });
  if (!target || target.isSuperAdmin) throw new Error("Cannot impersonate this user");
  await auditLog({ actorId: admin.userId, action: "admin.impersonate.start", target: id });
  const cookieStore = await cookies();
  cookieStore.set("impersonate", id, { httpOnly: true, secure: true, sameSite: "strict", maxAge: 1800 });
  redirect("/matters");
}

// ok: missing-auth, missing-audit-log
export async function stopImpersonating() {
  const admin = await requireSuperAdmin();
  const cookieStore = await cookies();
  cookieStore.delete("impersonate");
  logger.info("admin.impersonate.stop", { adminId: admin.userId });
  redirect("/admin");
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function suspendFirm(firmId: string, reason: string) {
  await requireSuperAdmin();
  const input = z.object({ firmId: z.string().cuid(), reason: z.string().min(3).max(500) }).parse({ firmId, reason });
  await prisma.firm.update({ where: { id: input.firmId }, data: { plan: "suspended" } });
  await prisma.session.deleteMany({ where: { user: { memberships: { some: { firmId: input.firmId } } } } });
}

// ok: missing-auth, missing-audit-log, missing-input-validation
export async function changeFirmPlan(_prev: unknown, formData: FormData) {
  const admin = await requireSuperAdmin();
  const { firmId, plan } = z.object({ firmId: z.string().cuid(), plan: z.enum(["starter", "growth", "enterprise"]) }).parse(Object.fromEntries(formData));
  await prisma.firm.update({ where: { id: firmId }, data: { plan } });
  logSecurityEvent("admin.plan_changed", { adminId: admin.userId, firmId, plan });
  return { ok: true };
}

// ruleid: missing-input-validation
// ok: missing-auth, missing-audit-log
export async function adminSearchUsers(q: string) {
  const admin = await requireSuperAdmin();
  logger.info("admin.user_search", { adminId: admin.userId });
  // ruleid: sql-injection
  const rows = await prisma.$queryRawUnsafe<{ id: string; email: string; name: string | null }[]>("SELECT id, email, name FROM \"User\" WHERE email ILIKE '%" + q + "%' LIMIT 50");
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, email: r.email, name: r.name }));
}

// ok: missing-auth, missing-audit-log, missing-input-validation
export async function getUserDetail(userId: string) {
  const admin = await requireSuperAdmin();
  const id = z.string().cuid().parse(userId);
  await auditLog({ actorId: admin.userId, action: "admin.user_viewed", target: id });
  const user = await prisma.user.findUnique({ where: { id }, include: { memberships: true } });
  // ruleid: excessive-data-exposure
  return user;
}

// ok: missing-auth, missing-audit-log, missing-input-validation
export async function grantSuperAdmin(_prev: unknown, formData: FormData) {
  const admin = await requireSuperAdmin();
  const { userId } = z.object({ userId: z.string().cuid() }).parse(Object.fromEntries(formData));
  await prisma.user.update({
    where: { id: userId },
    // ok: mass-assignment
    data: { isSuperAdmin: true },
  });
  await auditLog({ actorId: admin.userId, action: "admin.super_admin_granted", target: userId });
  return { ok: true };
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function unlockUser(userId: string) {
  await requireSuperAdmin();
  const id = z.string().cuid().parse(userId);
  await prisma.user.update({ where: { id }, data: { lockedUntil: null, failedLogins: 0 } });
  return { ok: true };
}

// ruleid: missing-auth
// ruleid: missing-audit-log
// ok: missing-input-validation
export async function resetUserMfa(userId: string) {
  const id = z.string().cuid().parse(userId);
  // support staff use this from the admin console; the console layout checks isSuperAdmin
  await prisma.user.update({ where: { id }, data: { twoFactorEnabled: false, totpSecret: null } });
  return { ok: true };
}
