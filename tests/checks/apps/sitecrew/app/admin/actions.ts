"use server";

import { z } from "zod";
import { after } from "next/server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { requireSuperAdmin } from "@/lib/guards";
import { auditLog, logSecurityEvent } from "@/lib/audit";

// Platform console (Sitecrew staff only).

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function impersonateUser(userId: string) {
  const admin = await requireSuperAdmin();
  const target = z.string().cuid().parse(userId);
  const user = await prisma.user.findUnique({ where: { id: target }, select: { id: true, isSuperAdmin: true } });
  if (!user || user.isSuperAdmin) throw new Error("Cannot impersonate this user");
  await logSecurityEvent("impersonation_started", { userId: admin.userId, meta: { target } });
  (await cookies()).set("sc_impersonate", target, { httpOnly: true, sameSite: "strict", maxAge: 30 * 60 });
  redirect("/projects");
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function suspendTenant(tenantId: string, reason: string) {
  await requireSuperAdmin();
  const input = z.object({ tenantId: z.string().cuid(), reason: z.string().min(3).max(500) }).parse({ tenantId, reason });
  await prisma.tenant.update({ where: { id: input.tenantId }, data: { suspended: true } });
  await prisma.session.deleteMany({ where: { user: { memberships: { some: { tenantId: input.tenantId } } } } });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteUser(userId: string) {
  const admin = await requireSuperAdmin();
  const target = z.string().cuid().parse(userId);
  await prisma.membership.deleteMany({ where: { userId: target } });
  await prisma.user.delete({ where: { id: target } });
  after(() => auditLog({ actorId: admin.userId, action: "platform.user_deleted", target }));
}

// ok: missing-auth, missing-input-validation
export async function listTenantUsers(tenantId: string) {
  await requireSuperAdmin();
  const tid = z.string().cuid().parse(tenantId);
  const users = await prisma.user.findMany({ where: { memberships: { some: { tenantId: tid } } }, take: 500 });
  // ruleid: excessive-data-exposure
  return users;
}

// Support tool: extend a trial. Sitecrew staff only.
// ok: missing-input-validation
// ruleid: missing-auth
// ruleid: missing-audit-log
export async function extendTrial(tenantId: string, days: number) {
  // ruleid: floating-auth-check
  requireSuperAdmin();
  const input = z.object({ tenantId: z.string().cuid(), days: z.number().int().min(1).max(90) }).parse({ tenantId, days });
  await prisma.tenant.update({ where: { id: input.tenantId }, data: { plan: `trial+${input.days}` } });
  console.log("trial extended", input.tenantId, input.days);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function stopImpersonating() {
  const admin = await requireSuperAdmin();
  (await cookies()).delete("sc_impersonate");
  await auditLog({ actorId: admin.userId, action: "platform.impersonation_stopped" });
  redirect("/admin");
}
