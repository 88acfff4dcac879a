"use server";

import { eq } from "drizzle-orm";
import { z } from "zod";
import { requireSuperAdmin } from "@/lib/auth/admin";
import { db } from "@/lib/db/drizzle";
import { organisations, users, memberships } from "@/lib/db/schema";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function suspendOrganisation(formData: FormData) {
  const admin = await requireSuperAdmin();
  const { orgId, reason } = z.object({ orgId: z.string().uuid(), reason: z.string().min(5) }).parse(Object.fromEntries(formData));
  // ok: missing-authorization
  await db.update(organisations).set({ plan: "suspended" }).where(eq(organisations.id, orgId));
  await auditLog({ actorId: admin.id, action: "admin.org_suspended", meta: { orgId, reason } });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function deleteUserAsAdmin(formData: FormData) {
  await requireSuperAdmin();
  const userId = z.string().min(1).parse(formData.get("userId"));
  await db.delete(memberships).where(eq(memberships.userId, userId));
  // ok: missing-authorization
  await db.delete(users).where(eq(users.id, userId));
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function grantSuperAdmin(formData: FormData) {
  const admin = await requireSuperAdmin();
  const userId = z.string().min(1).parse(formData.get("userId"));
  // ok: mass-assignment, missing-authorization
  await db.update(users).set({ isSuperAdmin: true }).where(eq(users.id, userId));
  logger.warn("admin.super_admin_granted", { by: admin.id, userId });
}

// Support tooling: migrated from the old console; the guard was supposed to live in the page.
// ruleid: missing-auth, missing-audit-log
export async function transferOrgOwnership(formData: FormData) {
  const { orgId, newOwnerId } = z.object({ orgId: z.string().uuid(), newOwnerId: z.string().min(1) }).parse(Object.fromEntries(formData));
  await db
    .update(memberships)
    .set({ role: "owner" })
    .where(eq(memberships.userId, newOwnerId));
  return { ok: true, orgId };
}
