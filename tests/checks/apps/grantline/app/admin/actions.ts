"use server";

import { z } from "zod";
import { cookies } from "next/headers";
import { after } from "next/server";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { sql } from "@/lib/db/postgres";
import { platformProcedure } from "@/lib/zsa";
import { requireSuperAdmin } from "@/lib/guards";
import { auditLog, logSecurityEvent } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const impersonateUser = platformProcedure
  .createServerAction()
  .input(z.object({ userId: z.string().cuid(), reason: z.string().min(10).max(500) }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const target = await prisma.user.findUnique({ where: { id: input.userId }, select: { id: true, isSuperAdmin: true } });
    if (!target || target.isSuperAdmin) throw new Error("Cannot impersonate this user");
    (await cookies()).set("gl_impersonate", target.id, { httpOnly: true, sameSite: "strict", maxAge: 3600 });
    await logSecurityEvent("impersonation.started", ctx.userId, { target: target.id, reason: input.reason });
    return { ok: true };
  });

// ok: missing-auth
export const endImpersonation = platformProcedure.createServerAction().handler(async () => {
  (await cookies()).delete("gl_impersonate");
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function suspendFoundation(foundationId: string) {
  await requireSuperAdmin();
  const id = z.string().cuid().parse(foundationId);
  // ok: missing-authorization
  await prisma.foundation.update({ where: { id }, data: { suspended: true } });
  revalidatePath("/admin/foundations");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function setFoundationPlan(formData: FormData) {
  const admin = await requireSuperAdmin();
  const input = z.object({ foundationId: z.string().cuid(), plan: z.enum(["starter", "growth", "enterprise"]) }).parse(Object.fromEntries(formData));
  await prisma.foundation.update({
    // ok: missing-authorization
    where: { id: input.foundationId },
    // todoruleid: mass-assignment -- policy (pass 20): a role or plan the schema admits, written behind a role check, is let through; an admin changing a role is the feature
    data: { plan: input.plan },
  });
  await auditLog({ actorId: admin.id, action: "foundation.plan_changed", target: input.foundationId, meta: { plan: input.plan } });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function grantPlatformAdmin(userId: string) {
  await requireSuperAdmin();
  const id = z.string().cuid().parse(userId);
  // ok: mass-assignment
  await prisma.user.update({ where: { id }, data: { isSuperAdmin: true } });
}

// ok: missing-auth
export async function listAllUsers() {
  await requireSuperAdmin();
  const users = await prisma.user.findMany({ take: 500, orderBy: { createdAt: "desc" } });
  // ruleid: excessive-data-exposure
  return users;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteUser(userId: string) {
  const admin = await requireSuperAdmin();
  const id = z.string().cuid().parse(userId);
  await prisma.user.delete({ where: { id } });
  after(() => auditLog({ actorId: admin.id, action: "user.deleted", target: id }));
}

// ok: missing-input-validation
// ruleid: missing-auth
// ruleid: missing-audit-log
export async function resetUserTwoFactor(userId: string) {
  // ruleid: floating-auth-check
  requireSuperAdmin();
  const id = z.string().cuid().parse(userId);
  await prisma.user.update({ where: { id }, data: { twoFactorEnabled: false, totpSecret: null } });
}

const SEARCHABLE = new Set(["email", "name", "phone"]);

// ok: missing-auth, missing-input-validation
export async function adminUserSearch(field: string, term: string) {
  await requireSuperAdmin();
  const input = z.object({ field: z.string(), term: z.string().min(2).max(100) }).parse({ field, term });
  if (!SEARCHABLE.has(input.field)) throw new Error("Bad field");
  // ok: sql-injection
  const rows = await sql.unsafe(`select id, email, name from "User" where "${input.field}" ilike $1 limit 50`, [`%${input.term}%`]);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id as string, email: r.email as string, name: r.name as string | null }));
}

// ok: missing-auth, missing-input-validation
export async function adminFoundationSearch(term: string) {
  await requireSuperAdmin();
  const q = z.string().min(2).max(100).parse(term);
  // ruleid: sql-injection
  const rows = await sql.unsafe(`select id, name, plan from "Foundation" where name ilike '%${q}%' limit 50`);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id as string, name: r.name as string, plan: r.plan as string }));
}

// ok: missing-auth, missing-input-validation
export async function adminUnlockUser(userId: string) {
  const admin = await requireSuperAdmin();
  const id = z.string().cuid().parse(userId);
  try {
    await prisma.user.update({ where: { id }, data: { lockedUntil: null } });
    await auditLog({ actorId: admin.id, action: "user.unlocked", target: id });
  } catch (e) {
    // ok: information-disclosure
    throw new Error(`Unlock failed: ${(e as Error).message}`);
  }
  return { ok: true };
}
