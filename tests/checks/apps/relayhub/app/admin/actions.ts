"use server";

import { z } from "zod";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { encode } from "next-auth/jwt";
import { prisma } from "@/lib/db/prisma";
import { requirePlatformAdmin, verifySession } from "@/lib/dal";
import { auditLog, logSecurityEvent } from "@/lib/audit";

const UserId = z.string().cuid();

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function impersonateUser(targetUserId: string) {
  const admin = await requirePlatformAdmin();
  const id = UserId.parse(targetUserId);
  const target = await prisma.user.findUnique({ where: { id }, select: { id: true, email: true, isPlatformAdmin: true } });
  if (!target || target.isPlatformAdmin) return { error: "Cannot impersonate this user." };
  await auditLog({ actorId: admin.userId, action: "admin.impersonate.start", target: id });
  const token = await encode({ token: { uid: target.id, email: target.email, impersonatorId: admin.userId }, secret: process.env.AUTH_SECRET!, salt: "authjs.session-token" });
  (await cookies()).set("authjs.session-token", token, { httpOnly: true, secure: true, sameSite: "lax", maxAge: 3600 });
  redirect("/dashboard");
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function disableUser(targetUserId: string) {
  await requirePlatformAdmin();
  const id = UserId.parse(targetUserId);
  await prisma.user.update({ where: { id }, data: { disabled: true } });
  await prisma.session.deleteMany({ where: { userId: id } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function setPlatformAdmin(targetUserId: string, makeAdmin: boolean) {
  const s = await verifySession();
  if (!s.isPlatformAdmin) return { error: "Forbidden" };
  const id = UserId.parse(targetUserId);
  if (typeof makeAdmin !== "boolean") return { error: "Bad request" };
  await prisma.user.update({
    where: { id },
    // todoruleid: mass-assignment -- policy (pass 20): a privileged field written behind a role check is exempt; the contract's wording reports it
    data: { isPlatformAdmin: makeAdmin },
  });
  await logSecurityEvent("admin.platform_admin_changed", s.userId, { target: id, makeAdmin });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getUserForSupport(targetUserId: string) {
  await requirePlatformAdmin();
  const id = UserId.parse(targetUserId);
  const user = await prisma.user.findUnique({ where: { id }, include: { memberships: true } });
  // ruleid: excessive-data-exposure
  return user;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function adminDeleteUser(targetUserId: string) {
  const admin = await requirePlatformAdmin();
  const id = UserId.parse(targetUserId);
  await prisma.membership.deleteMany({ where: { userId: id } });
  await prisma.user.delete({ where: { id } });
  await auditLog({ actorId: admin.userId, action: "admin.user.deleted", target: id });
  return { ok: true };
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function resetUserTwoFactor(targetUserId: string) {
  await requirePlatformAdmin();
  const id = UserId.parse(targetUserId);
  await prisma.user.update({ where: { id }, data: { totpEnabled: false, totpSecret: null, recoveryCodes: [] } });
  return { ok: true };
}

// ok: missing-auth, missing-audit-log
export async function stopImpersonating() {
  const s = await verifySession();
  if (!s.impersonatorId) redirect("/dashboard");
  await auditLog({ actorId: s.impersonatorId, action: "admin.impersonate.stop", target: s.userId });
  (await cookies()).delete("authjs.session-token");
  redirect("/sign-in?impersonation=ended");
}
