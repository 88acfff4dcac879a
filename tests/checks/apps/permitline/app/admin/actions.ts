"use server";

import { randomBytes } from "node:crypto";
import { z } from "zod";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { requireSuperAdmin, verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { auditLog, logSecurityEvent } from "@/lib/audit";
import { sha256 } from "@/lib/secure-compare";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function startImpersonation(formData: FormData) {
  const admin = await requireSuperAdmin();
  const input = z.object({ userId: z.string().cuid(), reason: z.string().min(10).max(500) }).parse(Object.fromEntries(formData));
  const raw = randomBytes(32).toString("hex");
  await prisma.impersonation.create({
    data: { adminId: admin.userId, userId: input.userId, reason: input.reason, token: sha256(raw), expiresAt: new Date(Date.now() + 30 * 60_000) },
  });
  await logSecurityEvent("admin.impersonation_start", { adminId: admin.userId, userId: input.userId, reason: input.reason });
  (await cookies()).set("pl_impersonate", raw, { httpOnly: true, secure: true, maxAge: 1800 });
  redirect("/dashboard");
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function stopImpersonation() {
  await verifySession();
  const jar = await cookies();
  const raw = jar.get("pl_impersonate")?.value;
  if (raw) await prisma.impersonation.deleteMany({ where: { token: sha256(raw) } });
  jar.delete("pl_impersonate");
  redirect("/admin");
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function grantSuperAdmin(userId: string) {
  await requireSuperAdmin();
  const id = z.string().cuid().parse(userId);
  await prisma.user.update({ where: { id }, data: { isSuperAdmin: true } });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function suspendUser(userId: string, reason: string) {
  const admin = await requireSuperAdmin();
  const input = z.object({ userId: z.string().cuid(), reason: z.string().min(3) }).parse({ userId, reason });
  await prisma.user.update({ where: { id: input.userId }, data: { lockedUntil: new Date("2999-01-01") } });
  await prisma.session.deleteMany({ where: { userId: input.userId } });
  await auditLog({ action: "admin.user_suspended", actorId: admin.userId, target: input.userId, meta: { reason: input.reason } });
}

// ok: missing-auth, missing-input-validation
export async function findUserByEmail(email: string) {
  await requireSuperAdmin();
  const e = z.string().email().parse(email);
  const user = await prisma.user.findUnique({ where: { email: e }, include: { memberships: true } });
  // ruleid: excessive-data-exposure
  return user;
}

// ok: missing-auth, missing-input-validation
export async function platformStats() {
  await requireSuperAdmin();
  const [users, permits, municipalities] = await Promise.all([prisma.user.count(), prisma.permit.count(), prisma.municipality.count()]);
  // ok: excessive-data-exposure
  return { users, permits, municipalities };
}

// Internal helper the support bot uses to unlock accounts. Exported so the bot route can import it.
// ruleid: missing-auth
// ok: missing-input-validation
// ruleid: missing-audit-log -- I (fixed in pass 26): an unguarded admin-console unlock is an admin action
export async function unlockAccount(userId: string) {
  const id = z.string().cuid().parse(userId);
  await prisma.user.update({ where: { id }, data: { lockedUntil: null, failedLogins: 0 } });
}
