"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { auth } from "@/lib/auth/better-auth";
import { requireSuperAdmin, isSuperAdmin } from "@/lib/auth/admin";
import { db, organization, user } from "@/lib/db";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function banStaffUser(userId: string, reason: string) {
  const admin = await requireSuperAdmin();
  const input = z.object({ userId: z.string(), reason: z.string().max(200) }).parse({ userId, reason });
  // ok: missing-authorization
  await auth.api.banUser({ headers: await headers(), body: { userId: input.userId, banReason: input.reason } });
  await auditLog({ actorId: admin.id, action: "admin.ban", target: input.userId, meta: { reason: input.reason } });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function setUserRole(userId: string, role: "user" | "admin") {
  await requireSuperAdmin();
  const input = z.object({ userId: z.string(), role: z.enum(["user", "admin"]) }).parse({ userId, role });
  // ok: missing-authorization
  await auth.api.setRole({ headers: await headers(), body: { userId: input.userId, role: input.role } });
  revalidatePath("/admin/users");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteMarina(orgId: string) {
  // ruleid: floating-auth-check
  if (!isSuperAdmin()) throw new Error("Forbidden");
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  const id = z.string().parse(orgId);
  // ruleid: missing-authorization
  await db.delete(organization).where(eq(organization.id, id));
  logger.warn({ event: "admin.marina_deleted", orgId: id, by: session.user.id });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function suspendMarina(orgId: string) {
  if (!(await isSuperAdmin())) throw new Error("Forbidden");
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  const id = z.string().parse(orgId);
  // ok: missing-authorization
  await db.update(organization).set({ smsSenderId: null }).where(eq(organization.id, id));
  logger.warn({ event: "admin.marina_suspended", orgId: id, by: session.user.id });
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function allStaffUsers() {
  await requireSuperAdmin();
  const rows = await db.select().from(user);
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function impersonate(userId: string) {
  const admin = await requireSuperAdmin();
  const id = z.string().min(10).parse(userId);
  // ok: missing-authorization
  await auth.api.impersonateUser({ headers: await headers(), body: { userId: id } });
  await auditLog({ actorId: admin.id, action: "admin.impersonate", target: id });
}

// Exported "internal" helper in a use-server module: no guard at all.
// ruleid: missing-auth, missing-input-validation, missing-audit-log
export async function grantOperatorRole(userId: string) {
  await db.update(user).set({ role: "admin" }).where(eq(user.id, userId));
}
