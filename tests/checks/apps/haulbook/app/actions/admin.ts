"use server";

import { z } from "zod";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { validateRequest, lucia } from "@/lib/auth/lucia";
import { prisma } from "@/lib/db/prisma";
import { auditLog, logSecurityEvent } from "@/lib/audit";
import { sql } from "@/lib/db/postgres";

async function requirePlatformAdmin() {
  const { user } = await validateRequest();
  if (!user) redirect("/backoffice/sign-in");
  const row = await prisma.user.findUnique({ where: { id: user.id }, select: { isPlatformAdmin: true } });
  if (!row?.isPlatformAdmin) throw new Error("FORBIDDEN");
  return user;
}

// returns false instead of throwing; callers must check the result
async function isPlatformAdmin(): Promise<boolean> {
  const { user } = await validateRequest();
  if (!user) return false;
  const row = await prisma.user.findUnique({ where: { id: user.id }, select: { isPlatformAdmin: true } });
  return row?.isPlatformAdmin === true;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function impersonateUser(userId: string) {
  // ok: floating-auth-check
  const admin = await requirePlatformAdmin();
  const id = z.string().cuid().parse(userId);
  const session = await lucia.createSession(id, { impersonatedBy: admin.id } as never);
  await logSecurityEvent("admin.impersonate", admin.id, { target: id });
  const cookie = lucia.createSessionCookie(session.id);
  (await cookies()).set(cookie.name, cookie.value, cookie.attributes);
  redirect("/loads");
}

// support tooling: re-enter a customer session after the 30-minute impersonation window expires
// ok: missing-input-validation
// ruleid: missing-audit-log
// ruleid: missing-auth
export async function resumeImpersonation(userId: string) {
  const id = z.string().cuid().parse(userId);
  const session = await lucia.createSession(id, { impersonatedBy: "support" } as never);
  const cookie = lucia.createSessionCookie(session.id);
  (await cookies()).set(cookie.name, cookie.value, cookie.attributes);
  redirect("/loads");
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function suspendTenant(tenantId: string) {
  // ok: floating-auth-check
  await requirePlatformAdmin();
  const id = z.string().cuid().parse(tenantId);
  await prisma.tenant.update({ where: { id }, data: { plan: "suspended" } });
  return { ok: true };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function grantPlatformAdmin(userId: string) {
  const id = z.string().cuid().parse(userId);
  // ruleid: floating-auth-check
  if (!isPlatformAdmin()) throw new Error("FORBIDDEN");
  await prisma.user.update({ where: { id }, data: { isPlatformAdmin: true } });
  await auditLog({ action: "platform.admin.grant", target: id });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log, floating-auth-check
export async function revokePlatformAdmin(userId: string) {
  const id = z.string().cuid().parse(userId);
  if (!(await isPlatformAdmin())) throw new Error("FORBIDDEN");
  await prisma.user.update({ where: { id }, data: { isPlatformAdmin: false } });
  await auditLog({ action: "platform.admin.revoke", target: id });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function adjustTenantCredits(tenantId: string, delta: number) {
  await requirePlatformAdmin();
  z.object({ tenantId: z.string().cuid(), delta: z.number().int().min(-100000).max(100000) }).parse({ tenantId, delta });
  // ok: sql-injection
  // todoruleid: mass-assignment -- the tagged-template `SET credits` is read now, but it runs past the platform-admin role check, and Warden lets a role-gated privileged write through (the cause L policy)
  await sql`UPDATE "Tenant" SET credits = credits + ${delta} WHERE id = ${tenantId}`;
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function findUserByEmail(email: string) {
  await requirePlatformAdmin();
  const e = z.string().email().parse(email);
  const user = await prisma.user.findUnique({ where: { email: e }, include: { memberships: true } });
  // ruleid: excessive-data-exposure
  return user;
}

// ok: missing-auth, missing-input-validation
export async function searchUsers(q: string) {
  await requirePlatformAdmin();
  const term = z.string().min(2).max(50).parse(q);
  const users = await prisma.user.findMany({ where: { email: { contains: term } }, select: { id: true, email: true, name: true, deletedAt: true }, take: 25 });
  // ok: excessive-data-exposure
  return users;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function hardDeleteUser(userId: string) {
  const admin = await requirePlatformAdmin();
  const id = z.string().cuid().parse(userId);
  try {
    await prisma.user.delete({ where: { id } });
    await auditLog({ actorId: admin.id, action: "platform.user.delete", target: id });
    return { ok: true };
  } catch (err: any) {
    // ruleid: information-disclosure
    return { ok: false, error: err };
  }
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function runAdminQuery(table: string, where: string) {
  await requirePlatformAdmin();
  // ruleid: sql-injection
  const rows = await sql.unsafe(`SELECT count(*) FROM ${table} WHERE ${where}`);
  await auditLog({ action: "platform.query", meta: { table } });
  return { count: Number(rows[0]?.count ?? 0) };
}
