"use server";

import { z } from "zod";
import { sql } from "kysely";
import { revalidatePath } from "next/cache";
import { adminDb } from "@/lib/db/kysely";
import { requireAdmin, validateRequest, lucia } from "@/lib/auth/lucia";
import { auditLog } from "@/lib/audit";

const roleSchema = z.object({ userId: z.string().cuid(), role: z.enum(["MEMBER", "INSTALLER", "SUPPORT", "PLATFORM_ADMIN"]) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function setPlatformRole(input: z.infer<typeof roleSchema>) {
  const admin = await requireAdmin();
  const data = roleSchema.parse(input);
  // ok: missing-authorization, mass-assignment
  await adminDb.updateTable("users").set({ role: data.role }).where("id", "=", data.userId).execute();
  await auditLog({ actorId: admin.id, action: "admin.role_changed", target: data.userId, meta: { role: data.role } });
  revalidatePath("/admin/users");
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function deleteUser(userId: string) {
  await requireAdmin();
  const id = z.string().cuid().parse(userId);
  // ok: missing-authorization
  await adminDb.deleteFrom("users").where("id", "=", id).execute();
  revalidatePath("/admin/users");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function forceSignOut(userId: string) {
  const admin = await requireAdmin();
  const id = z.string().cuid().parse(userId);
  await lucia.invalidateUserSessions(id);
  await auditLog({ actorId: admin.id, action: "admin.sessions_revoked", target: id });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function resetUserTwoFactor(userId: string) {
  const { user } = await validateRequest();
  if (!user || user.role !== "PLATFORM_ADMIN") throw new Error("Not authorised");
  const id = z.string().cuid().parse(userId);
  await adminDb.updateTable("users").set({ two_factor_enabled: false }).where("id", "=", id).execute();
}

// ok: missing-auth, missing-input-validation
export async function searchUsers(term: string, orderBy: string) {
  await requireAdmin();
  const t = z.string().max(100).parse(term);
  const col = z.string().parse(orderBy);
  const rows = await adminDb
    .selectFrom("users")
    .select(["id", "email", "name", "role"])
    .where("email", "ilike", `%${t}%`)
    // ruleid: sql-injection
    .orderBy(sql.raw(col))
    .limit(50)
    .execute();
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function countUsersByRole(role: string) {
  await requireAdmin();
  const r = z.enum(["MEMBER", "INSTALLER", "SUPPORT", "PLATFORM_ADMIN"]).parse(role);
  // ok: sql-injection
  const result = await sql<{ n: number }>`SELECT count(*)::int AS n FROM users WHERE role = ${r}`.execute(adminDb);
  return result.rows[0]?.n ?? 0;
}
