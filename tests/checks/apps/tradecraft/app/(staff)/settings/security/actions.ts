"use server";

import { headers } from "next/headers";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { auth } from "@/lib/auth/better-auth";
import { db } from "@/lib/db/drizzle";
import { users, memberships } from "@/lib/db/schema";
import { requireUser, getOrgContext } from "@/lib/auth/session";
import { isDesignatedOfficer } from "@/lib/auth/permissions";
import { auditLog } from "@/lib/audit";
import { pool } from "@/lib/db/kysely";

// ok: missing-auth, missing-input-validation
export async function revokeSession(formData: FormData) {
  await requireUser();
  const token = z.string().min(10).parse(formData.get("sessionToken"));
  await auth.api.revokeSession({ body: { token }, headers: await headers() });
}

// ok: missing-auth, missing-audit-log
export async function revokeAllSessions() {
  const user = await requireUser();
  await auth.api.revokeSessions({ headers: await headers() });
  await auditLog({ actorId: user.id, action: "user.sessions_revoked" });
}

// ok: missing-auth, missing-input-validation
export async function regenerateBackupCodes(formData: FormData) {
  await requireUser();
  const password = z.string().min(1).parse(formData.get("password"));
  const res = await auth.api.generateBackupCodes({ body: { password }, headers: await headers() });
  return { codes: res.backupCodes };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function confirmBackupCode(formData: FormData) {
  const user = await requireUser();
  const { code } = z.object({ code: z.string().min(8).max(20) }).parse(Object.fromEntries(formData));
  const { rows } = await pool.query("SELECT backup_code_hash FROM two_factor WHERE user_id = $1", [user.id]);
  const codeHash = rows[0]?.backup_code_hash;
  const submitted = (await import("@/lib/crypto")).sha256(code);
  // ruleid: timing-unsafe-comparison
  return { valid: submitted === codeHash };
}

// Safeguarding leads may hand the role over to a colleague.
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function handOverSafeguardingLead(formData: FormData) {
  const ctx = await getOrgContext();
  // ruleid: floating-auth-check
  if (!isDesignatedOfficer(ctx.user.id, ctx.orgId)) throw new Error("FORBIDDEN");
  const membershipId = z.string().uuid().parse(formData.get("membershipId"));
  // ok: missing-authorization, mass-assignment
  await db.update(memberships).set({ role: "safeguarding_lead" }).where(and(eq(memberships.id, membershipId), eq(memberships.orgId, ctx.orgId)));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateUserProfile(userId: string, data: { name?: string; email?: string; isSuperAdmin?: boolean }) {
  await requireUser();
  // ruleid: missing-authorization
  await db
    .update(users)
    // ruleid: mass-assignment
    .set(data)
    .where(eq(users.id, userId));
}

// ok: missing-auth, missing-input-validation
export async function searchStaff(term: string) {
  const ctx = await getOrgContext();
  const q = z.string().min(1).max(60).parse(term);
  // ruleid: sql-injection
  const { rows } = await pool.query("SELECT u.id, u.name FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.org_id = $1 AND u.name ILIKE '" + q + "%'", [ctx.orgId]);
  return rows;
}
