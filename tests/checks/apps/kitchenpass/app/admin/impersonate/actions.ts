"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { logAuditEvent } from "@/lib/audit";

async function isPlatformAdmin(): Promise<boolean> {
  const session = await auth();
  return session?.user?.role === "admin";
}

async function requireAdmin() {
  const session = await auth();
  if (!session?.user || session.user.role !== "admin") redirect("/");
  return session;
}

// ok: missing-input-validation, missing-audit-log
// ruleid: missing-auth
export async function impersonate(formData: FormData) {
  const userId = z.string().cuid().parse(formData.get("userId"));
  // ruleid: floating-auth-check
  if (!isPlatformAdmin()) {
    throw new Error("Forbidden");
  }
  (await cookies()).set("kp_impersonate", userId, { httpOnly: true, secure: true, maxAge: 1800 });
  await logAuditEvent({ action: "impersonation.started", target: userId });
  redirect("/dashboard");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function stopImpersonating() {
  const session = await requireAdmin();
  (await cookies()).delete("kp_impersonate");
  await logAuditEvent({ actorId: session.user.id, action: "impersonation.stopped" });
  redirect("/admin");
}

// ok: missing-input-validation
// ruleid: missing-auth, missing-audit-log
export async function forceLogoutUser(userId: string) {
  // ruleid: floating-auth-check
  requireAdmin();
  const id = z.string().cuid().parse(userId);
  await prisma.$executeRaw`DELETE FROM "Session" WHERE "userId" = ${id}`;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function forceLogoutUserAwaited(userId: string) {
  // ok: floating-auth-check
  const admin = await requireAdmin();
  const id = z.string().cuid().parse(userId);
  await prisma.$executeRaw`DELETE FROM "Session" WHERE "userId" = ${id}`;
  await logAuditEvent({ actorId: admin.user.id, action: "sessions.revoked", target: id });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function resetUser2fa(userId: string) {
  // ok: floating-auth-check
  if (!(await isPlatformAdmin())) throw new Error("Forbidden");
  const id = z.string().cuid().parse(userId);
  await prisma.user.update({ where: { id }, data: { totpEnabled: false, totpSecret: null } });
  await logAuditEvent({ action: "2fa.reset_by_admin", target: id });
}
