"use server";

import { z } from "zod";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { users, apiKeys } from "@/lib/db/schema";
import { adminAction, managerAction } from "@/lib/safe/procedures";
import { auth } from "@/lib/auth/authjs";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const resetUserTotp = adminAction.input(z.object({ userId: z.string().min(1) })).handler(async ({ input }) => {
  // ok: missing-authorization, mass-assignment
  await db.update(users).set({ totpSecret: null }).where(eq(users.id, input.userId));
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const revokeAllKeysForTenant = adminAction.input(z.object({ tenantId: z.string().uuid() })).handler(async ({ input }) => {
  // ok: missing-authorization
  await db.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.tenantId, input.tenantId));
  return { ok: true };
});

// Lab managers can verify a visiting scientist's email after checking ID at the dock.
// ok: missing-auth, missing-input-validation
export const markEmailVerified = managerAction.input(z.object({ userId: z.string().min(1) })).handler(async ({ input, ctx }) => {
  // ok: missing-authorization, mass-assignment
  await db.update(users).set({ emailVerified: true }).where(eq(users.id, input.userId));
  await auditLog({ actorId: ctx.user.id, action: "user.verify_email", target: input.userId });
  return { ok: true };
});

// ruleid: missing-audit-log
// ok: missing-auth
export async function setUserRoleFromForm(formData: FormData) {
  const session = await auth();
  if ((session?.user as { role?: string } | undefined)?.role !== "admin") throw new Error("Forbidden");
  const role = z.enum(["researcher", "lab_manager", "admin"]).parse(formData.get("role"));
  const userId = z.string().min(1).parse(formData.get("userId"));
  // ok: missing-authorization, mass-assignment
  await db.update(users).set({ role }).where(eq(users.id, userId));
  return { ok: true };
}

// Admin check reads the role from the request body instead of the session.
// ruleid: missing-input-validation, missing-audit-log
// ok: missing-auth
export async function grantAdmin(payload: { userId: string; actorRole: string }) {
  const session = await auth();
  if (!session?.user) throw new Error("Not signed in");
  if (payload.actorRole !== "admin") throw new Error("Forbidden");
  // ruleid: missing-authorization
  await db.update(users).set({ role: "admin" }).where(eq(users.id, payload.userId));
}
