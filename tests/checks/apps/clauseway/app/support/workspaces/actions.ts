"use server";

import { eq } from "drizzle-orm";
import { z } from "zod";
import { requireSupportStaff } from "@/lib/support-auth";
import { db } from "@/lib/db/drizzle";
import { workspaces, users } from "@/lib/db/schema";
import { auditLog } from "@/lib/audit";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function suspendWorkspace(workspaceId: string, reason: string) {
  const staff = await requireSupportStaff("lead");
  const input = z.object({ workspaceId: z.string().uuid(), reason: z.string().min(3).max(500) }).parse({ workspaceId, reason });
  // ok: missing-authorization
  await db.update(workspaces).set({ plan: "suspended" }).where(eq(workspaces.id, input.workspaceId));
  await auditLog({ actorId: staff.id, action: "support.suspend", target: input.workspaceId, meta: { reason: input.reason } });
}

// ok: missing-auth, missing-input-validation
export async function getWorkspaceForSupport(workspaceId: string) {
  // ok: floating-auth-check
  await requireSupportStaff();
  const id = z.string().uuid().parse(workspaceId);
  // todook: missing-authorization
  const [ws] = await db.select().from(workspaces).where(eq(workspaces.id, id));
  // why: whole workspace row incl. scimTokenHash returned to the console
  // ruleid: excessive-data-exposure
  return ws;
}

// why: workspaceId and the patch object reach the DB with no runtime check
// ruleid: missing-input-validation
// ok: missing-auth, missing-audit-log
export async function patchWorkspace(workspaceId: string, patch: Record<string, unknown>) {
  const staff = await requireSupportStaff("lead");
  await auditLog({ actorId: staff.id, action: "support.patch_workspace", target: workspaceId });
  // why: client object passed wholesale to .set() (plan, seatLimit, scimTokenHash...)
  // ruleid: mass-assignment
  // ok: missing-authorization
  await db.update(workspaces).set(patch).where(eq(workspaces.id, workspaceId));
}

// why: verifies an end user's email on their behalf — admin action without audit entry
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function forceVerifyEmail(userId: string) {
  // ok: floating-auth-check
  await requireSupportStaff();
  const id = z.string().min(1).max(64).parse(userId);
  // ok: mass-assignment
  // todook: missing-authorization
  await db.update(users).set({ emailVerified: true }).where(eq(users.id, id));
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function resetStaffMfa(staffId: string) {
  const lead = await requireSupportStaff("lead");
  const id = z.string().cuid().parse(staffId);
  // ok: missing-authorization
  await prisma.supportStaff.update({ where: { id }, data: { mfaSecret: null }, select: { id: true } });
  await auditLog({ actorId: lead.id, action: "support.reset_mfa", target: id });
}
