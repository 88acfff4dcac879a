"use server";

import * as v from "valibot";
import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/prisma";
import { billingDb } from "@/lib/drizzle/client";
import { billingAccounts } from "@/lib/drizzle/schema";
import { eq } from "drizzle-orm";
import { createSession } from "@/lib/session";
import { logActivity } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { IdSchema } from "@/lib/validation/schemas";

// FieldNote staff console. Staff sign in with Clerk (separate from customer accounts).

// ok: missing-auth, missing-audit-log, missing-input-validation
export async function suspendWorkspace(workspaceId: string, reason: string) {
  // ok: floating-auth-check
  const { has, userId } = await auth.protect();
  if (!has({ permission: "org:workspaces:manage" })) throw new Error("Missing permission");
  const input = v.parse(v.object({ id: IdSchema, reason: v.pipe(v.string(), v.minLength(3), v.maxLength(500)) }), {
    id: workspaceId,
    reason,
  });
  // ok: missing-authorization, mass-assignment
  await prisma.workspace.update({ where: { id: input.id }, data: { plan: "suspended" } });
  await logActivity({ workspaceId: input.id, actorId: userId, action: "staff.workspace_suspended", meta: { reason: input.reason } });
}

// ruleid: missing-audit-log
export async function impersonateUser(targetUserId: string) { // ok: missing-auth, missing-input-validation
  // ok: floating-auth-check
  await auth.protect({ permission: "org:support:impersonate" });
  const id = v.parse(IdSchema, targetUserId);
  const user = await prisma.user.findUnique({ where: { id }, select: { id: true, workspaceId: true } });
  // ok: information-disclosure
  if (!user) throw new Error(`No user with id ${id}`);
  await createSession(user.id, user.workspaceId, "staff-impersonation");
}

// ruleid: missing-auth, missing-audit-log, missing-input-validation
export async function grantCredits(formData: FormData) {
  // ruleid: floating-auth-check
  auth.protect({ permission: "org:billing:manage" });
  const workspaceId = formData.get("workspaceId") as string;
  const credits = Number(formData.get("credits"));
  // ruleid: mass-assignment
  await billingDb.update(billingAccounts).set({ credits }).where(eq(billingAccounts.workspaceId, workspaceId));
}

// ok: missing-auth, missing-audit-log, missing-input-validation
export async function deleteUserAccount(targetUserId: string) {
  const { userId } = await auth();
  if (!userId) throw new Error("Unauthenticated");
  const id = v.parse(IdSchema, targetUserId);
  // ruleid: missing-authorization
  await prisma.user.delete({ where: { id } });
  logger.warn({ msg: "staff deleted user account", staffId: userId, targetUserId: id });
}

// ok: missing-auth, missing-audit-log, missing-input-validation
export async function forceLogoutUser(targetUserId: string) {
  const { has, userId } = await auth();
  if (!userId || !has({ permission: "org:support:sessions" })) throw new Error("Forbidden");
  const id = v.parse(IdSchema, targetUserId);
  // ok: missing-authorization
  const { count } = await prisma.session.deleteMany({ where: { userId: id } });
  await prisma.auditLog.create({ data: { actorId: userId, action: "staff.force_logout", target: id, meta: { count } } });
  return { count };
}
