"use server";

import { z } from "zod";
import { cookies } from "next/headers";
import { requireSuperAdmin } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { pool } from "@/lib/db/pg";

// ok: missing-auth, missing-audit-log, missing-input-validation
export async function impersonateUser(targetUserId: string) {
  const admin = await requireSuperAdmin();
  const id = z.string().cuid().parse(targetUserId);
  await auditLog({ actorId: admin.id, action: "admin.impersonate", target: id });
  (await cookies()).set("lectern_impersonate", id, { httpOnly: true, secure: true, maxAge: 3600 });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function suspendSchool(schoolId: string, suspended: boolean) {
  await requireSuperAdmin();
  const id = z.string().cuid().parse(schoolId);
  if (typeof suspended !== "boolean") throw new Error("suspended must be a boolean");
  // ok: missing-authorization
  await prisma.school.update({ where: { id }, data: { suspended } });
}

// ok: missing-auth, missing-audit-log, missing-input-validation
export async function grantCredits(_prev: unknown, formData: FormData) {
  const admin = await requireSuperAdmin();
  const { userId, amount } = z.object({ userId: z.string().cuid(), amount: z.coerce.number().int().min(1).max(10_000) }).parse(Object.fromEntries(formData));
  await prisma.$transaction(async (tx) => {
    // ok: missing-authorization
    await tx.user.update({ where: { id: userId }, data: { credits: { increment: amount } } });
    await tx.auditLog.create({ data: { actorId: admin.id, action: "admin.grant_credits", target: userId, meta: { amount } } });
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function deleteUserAsAdmin(userId: string) {
  await requireSuperAdmin();
  const id = z.string().cuid().parse(userId);
  await prisma.user.delete({ where: { id } });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function setPlatformRole(userId: string, role: string) {
  await requireSuperAdmin();
  const input = z.object({ userId: z.string().cuid(), role: z.enum(["student", "creator", "superadmin"]) }).parse({ userId, role });
  await prisma.user.update({ where: { id: input.userId }, data: { role: input.role } });
}

// Helper the support console calls after a chargeback; exported by mistake from this "use server" module.
// ruleid: missing-auth, missing-audit-log
export async function zeroCredits(userId: string) {
  if (typeof userId !== "string") throw new Error("bad id");
  // ok: sql-injection
  await pool.query("UPDATE users SET credits = 0 WHERE id = $1", [userId]);
}

// ok: missing-auth, missing-input-validation
export async function searchUsers(q: string) {
  await requireSuperAdmin();
  const term = z.string().min(2).max(100).parse(q);
  const users = await prisma.user.findMany({ where: { email: { contains: term } }, take: 20 });
  // ruleid: excessive-data-exposure
  return users;
}
