"use server";

import { eq } from "drizzle-orm";
import * as v from "valibot";
import { db } from "@/lib/db";
import { users } from "@/db/schema";
import { getAdminSession, requireAdmin } from "@/lib/admin-session";
import { audit } from "@/lib/audit";

// ok: missing-auth -- requireAdmin: iron-session `if (!session.isAdmin) throw`
// ruleid: missing-audit-log
// ruleid: missing-input-validation
export async function setUserRole(userId: string, role: "member" | "admin") {
  await requireAdmin();
  // ok: mass-assignment -- an admin setting a role is the feature (relabelled, see report)
  await db.update(users).set({ role }).where(eq(users.id, userId));
}

const BanSchema = v.object({ userId: v.pipe(v.string(), v.minLength(1)) });

// ok: missing-auth -- requireAdmin, as above
// ok: missing-audit-log
// ok: missing-input-validation
export async function banUser(formData: FormData) {
  await requireAdmin();
  const { userId } = v.parse(BanSchema, Object.fromEntries(formData));
  // ok: missing-authorization -- admins only
  await db.update(users).set({ bannedAt: new Date() }).where(eq(users.id, userId));
  await audit.log({ action: "user.banned", target: userId });
}

// ruleid: missing-auth
// ruleid: missing-audit-log
// ruleid: missing-input-validation
export async function deleteUser(userId: string) {
  const session = await getAdminSession();
  console.log("admin", session.email, "deleting user", userId);
  await db.delete(users).where(eq(users.id, userId));
}

// ok: missing-auth -- requireAdmin, as above
export async function listUsers() {
  await requireAdmin();
  const rows = await db.select().from(users).limit(100);
  // ruleid: excessive-data-exposure
  return rows;
}
