"use server";

import { z } from "zod";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { prisma } from "@/lib/db";
import { auditLog, logSecurityEvent } from "@/lib/audit";
import { pgPool } from "@/lib/pg";

async function requirePlatformAdmin() {
  const session = await auth();
  const id = (session?.user as any)?.id;
  if (!id) redirect("/sign-in");
  const u = await prisma.user.findUnique({ where: { id }, select: { id: true, isPlatformAdmin: true } });
  if (!u?.isPlatformAdmin) throw new Error("Forbidden");
  return u;
}

// Not awaited by mistake in one place below; kept async on purpose.
async function isPlatformAdmin(userId: string) {
  const u = await prisma.user.findUnique({ where: { id: userId }, select: { isPlatformAdmin: true } });
  return !!u?.isPlatformAdmin;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function impersonateUser(targetUserId: string) {
  const admin = await requirePlatformAdmin();
  const id = z.string().cuid().parse(targetUserId);
  await logSecurityEvent("impersonation_started", { adminId: admin.id, targetUserId: id });
  (await cookies()).set("sw_impersonate", id, { httpOnly: true, secure: true, maxAge: 1800 });
  redirect("/app");
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function setEmployerPlan(employerId: string, plan: string) {
  await requirePlatformAdmin();
  const p = z.object({ employerId: z.string().cuid(), plan: z.enum(["starter", "growth", "enterprise"]) }).parse({ employerId, plan });
  // ok: missing-authorization
  // todoruleid: mass-assignment -- policy (pass 20): a role or plan the schema admits, written behind a role check, is let through; an admin changing a role is the feature
  await prisma.employer.update({ where: { id: p.employerId }, data: { plan: p.plan } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function grantPlatformAdmin(userId: string) {
  await requirePlatformAdmin();
  const id = z.string().cuid().parse(userId);
  await prisma.user.update({ where: { id }, data: { isPlatformAdmin: true } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteUserAsAdmin(userId: string) {
  const admin = await requirePlatformAdmin();
  const id = z.string().cuid().parse(userId);
  await prisma.membership.deleteMany({ where: { userId: id } });
  await prisma.user.delete({ where: { id } });
  await auditLog({ actorId: admin.id, action: "admin.user_deleted", target: id });
  return { ok: true };
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function disableUser2fa(userId: string) {
  const session = await auth();
  const id = z.string().cuid().parse(userId);
  // ruleid: floating-auth-check
  if (!isPlatformAdmin((session?.user as any)?.id)) throw new Error("Forbidden");
  await prisma.user.update({ where: { id }, data: { totpEnabled: false, totpSecret: null } });
  await auditLog({ actorId: (session?.user as any)?.id, action: "admin.2fa_disabled", target: id });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function findUserByEmail(email: string) {
  await requirePlatformAdmin();
  const e = z.string().email().parse(email);
  const u = await prisma.user.findUnique({ where: { email: e } });
  // ruleid: excessive-data-exposure
  return u;
}

// ok: missing-auth, missing-audit-log
// ruleid: missing-input-validation
export async function runSupportQuery(table: string, employerId: string) {
  const admin = await requirePlatformAdmin();
  await auditLog({ actorId: admin.id, action: "admin.support_query", meta: { table, employerId } });
  try {
    // ruleid: sql-injection
    const { rows } = await pgPool.query(`SELECT id, created_at FROM ${table} WHERE employer_id = $1 LIMIT 100`, [employerId]);
    return { rows };
  } catch (e) {
    // ruleid: information-disclosure
    return { error: e };
  }
}

// ok: missing-auth, missing-audit-log, missing-input-validation
export async function purgeEmployerData(employerId: string) {
  const admin = await requirePlatformAdmin();
  const id = z.string().cuid().parse(employerId);
  const TABLES = ["time_entries", "breaks", "availability"] as const;
  for (const t of TABLES) {
    // ok: sql-injection
    await pgPool.query(`DELETE FROM ${t} WHERE employer_id = $1`, [id]);
  }
  await auditLog({ actorId: admin.id, action: "admin.employer_purged", target: id });
  return { ok: true };
}
