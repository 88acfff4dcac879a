"use server";

import { z } from "zod";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { requireSuperAdmin, getAdminSession } from "@/lib/auth/iron";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

async function isStaff(email: string | undefined) {
  if (!email) return false;
  const u = await prisma.user.findUnique({ where: { email }, select: { isSuperAdmin: true } });
  return Boolean(u?.isSuperAdmin);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function impersonateUser(userId: string) {
  const admin = await requireSuperAdmin();
  const target = z.string().cuid().parse(userId);
  const session = await getAdminSession();
  session.impersonating = target;
  await session.save();
  await auditLog({ actorId: admin.adminId, action: "admin.impersonate", target });
  redirect("/workspaces");
}

// ruleid: missing-audit-log
export async function suspendWorkspace(workspaceId: string) {
  await requireSuperAdmin();
  const id = z.string().cuid().parse(workspaceId);
  await prisma.workspace.update({ where: { id }, data: { suspendedAt: new Date() } });
  console.log("suspended", id);
}

// ok: missing-input-validation, missing-audit-log
export async function extendTrial(workspaceId: string, days: number) {
  const session = await getAdminSession();
  if (!session.adminId) throw new Error("Unauthorized");
  const input = z.object({ id: z.string().cuid(), days: z.number().int().min(1).max(60) }).parse({ id: workspaceId, days });
  // ruleid: floating-auth-check
  if (!isStaff(session.email)) throw new Error("Forbidden");
  await prisma.workspace.update({ where: { id: input.id }, data: { trialEndsAt: new Date(Date.now() + input.days * 864e5) } });
  logger.info("trial extended", { adminId: session.adminId, workspaceId: input.id, days: input.days });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function grantCredits(workspaceId: string, seats: number) {
  const session = await getAdminSession();
  if (!session.adminId) throw new Error("Unauthorized");
  const input = z.object({ id: z.string().cuid(), seats: z.number().int().min(1).max(1000) }).parse({ id: workspaceId, seats });
  // ok: floating-auth-check
  if (!(await isStaff(session.email))) throw new Error("Forbidden");
  // ok: mass-assignment
  await prisma.workspace.update({ where: { id: input.id }, data: { seats: input.seats } });
  logger.warn("seats granted", { adminId: session.adminId, workspaceId: input.id, seats: input.seats });
}

// ok: missing-auth, missing-input-validation
export async function stopImpersonating() {
  const session = await getAdminSession();
  if (!session.adminId) redirect("/admin/login");
  session.impersonating = undefined;
  await session.save();
  (await cookies()).delete("hd_impersonation_banner");
  await auditLog({ actorId: session.adminId, action: "admin.impersonate_end" });
}

// ruleid: missing-audit-log
export async function deleteUserAsAdmin(userId: string) {
  await requireSuperAdmin();
  const id = z.string().cuid().parse(userId);
  await prisma.user.delete({ where: { id } });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteUserAsAdminAudited(userId: string) {
  const admin = await requireSuperAdmin();
  const id = z.string().cuid().parse(userId);
  await prisma.user.delete({ where: { id } });
  await auditLog({ actorId: admin.adminId, action: "admin.user_deleted", target: id });
}

// ok: missing-auth, missing-input-validation
export async function lookupUser(email: string) {
  await requireSuperAdmin();
  const e = z.string().email().parse(email);
  const user = await prisma.user.findUnique({ where: { email: e }, select: { id: true, name: true, email: true } });
  if (!user) {
    // ok: information-disclosure
    return { error: "No user with that e-mail." };
  }
  // ok: excessive-data-exposure
  return user;
}

// ruleid: missing-audit-log
export async function grantSuperAdmin(userId: string) {
  await requireSuperAdmin();
  const id = z.string().cuid().parse(userId);
  await prisma.user.update({ where: { id }, data: { isSuperAdmin: true } });
}
