"use server";

import { z } from "zod";
import { eq } from "drizzle-orm";
import { auth, requireSupportStaff, signIn } from "@/lib/support-auth";
import { db } from "@/lib/db/drizzle";
import { users, workspaces, memberships } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { rateLimitByIp } from "@/lib/rate-limit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function supportSignIn(_prev: unknown, formData: FormData) {
  await rateLimitByIp("support-sign-in");
  const creds = z.object({ email: z.string().email(), password: z.string().min(1) }).parse(Object.fromEntries(formData));
  try {
    await signIn("credentials", { ...creds, redirectTo: "/support" });
  } catch (e) {
    if ((e as { type?: string }).type === "CredentialsSignin") {
      await auditLog({ actorId: null, action: "support.login_failed", meta: { email: creds.email } });
      // ok: information-disclosure
      return { error: "Invalid credentials." };
    }
    throw e;
  }
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function grantPlatformAdmin(userId: string) {
  const staff = await requireSupportStaff("lead");
  const id = z.string().min(1).parse(userId);
  // ok: mass-assignment
  // ok: missing-authorization
  await db.update(users).set({ isPlatformAdmin: true }).where(eq(users.id, id));
  await auditLog({ actorId: staff.id, action: "support.grant_platform_admin", target: id });
}

// why: support agent overrides a workspace's seat limit; platform admin action with no audit entry
// todoruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function overrideSeatLimit(workspaceId: string, seats: number) {
  const session = await auth();
  if (!session?.user || (session.user as { role?: string }).role !== "lead") throw new Error("Unauthorized");
  const data = z.object({ workspaceId: z.string().uuid(), seats: z.number().int().min(1).max(10000) }).parse({ workspaceId, seats });
  // ok: missing-authorization
  await db.update(workspaces).set({ seatLimit: data.seats }).where(eq(workspaces.id, data.workspaceId));
}

// why: the support session is fetched but never checked — anyone can look up users
// ruleid: missing-auth
// ok: missing-input-validation
export async function lookupUserByEmail(email: string) {
  const session = await auth();
  const e = z.string().email().parse(email);
  const [u] = await db.select({ id: users.id, email: users.email, name: users.name }).from(users).where(eq(users.email, e));
  // ok: excessive-data-exposure
  return { user: u ?? null, viewer: session?.user?.email };
}

// ok: missing-auth, missing-input-validation
// ok: missing-audit-log
export async function impersonationTargets(workspaceId: string) {
  // ok: floating-auth-check
  await requireSupportStaff();
  const id = z.string().uuid().parse(workspaceId);
  // todook: missing-authorization
  const rows = await db.select({ userId: memberships.userId, role: memberships.role }).from(memberships).where(eq(memberships.workspaceId, id));
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function getStaffProfile(staffId: string) {
  // ok: floating-auth-check
  await requireSupportStaff();
  const id = z.string().cuid().parse(staffId);
  // ok: missing-authorization
  const staff = await prisma.supportStaff.findUnique({ where: { id } });
  // why: SupportStaff record with passwordHash and mfaSecret returned whole
  // ruleid: excessive-data-exposure
  return staff;
}

// why: formData "role" reaches the DB write without a schema
// ruleid: missing-input-validation
// ok: missing-auth, missing-audit-log
export async function setStaffRole(formData: FormData) {
  const lead = await requireSupportStaff("lead");
  const staffId = z.string().cuid().parse(formData.get("staffId"));
  await auditLog({ actorId: lead.id, action: "support.set_role", target: staffId });
  // ok: mass-assignment, missing-authorization
  await prisma.supportStaff.update({ where: { id: staffId }, data: { role: formData.get("role") as string }, select: { id: true } });
}
