"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { auth } from "@/lib/auth/better-auth";
import { requireStaff, requireRole, canStaff, checkHarbourMaster } from "@/lib/auth/staff";
import { db, member, user } from "@/lib/db";
import { inviteSchema } from "@/lib/validators";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { rateLimit } from "@/lib/rate-limit";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function inviteMember(_prev: unknown, formData: FormData) {
  const staff = await requireRole(["harbour-master"]);
  const parsed = inviteSchema.safeParse({ email: formData.get("email"), role: formData.get("role") });
  if (!parsed.success) return { error: "Invalid invite" };
  await rateLimit(`invite:${staff.orgId}`, 20, 3600);
  await auth.api.createInvitation({ headers: await headers(), body: { email: parsed.data.email, role: parsed.data.role, organizationId: staff.orgId } });
  await auditLog({ actorId: staff.user.id, orgId: staff.orgId, action: "member.invite", target: parsed.data.email });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function resendInvite(invitationId: string) {
  const staff = await requireRole(["harbour-master"]);
  const id = z.string().min(10).parse(invitationId);
  const inv = await auth.api.getInvitation({ headers: await headers(), query: { id } });
  if (inv.organizationId !== staff.orgId) throw new Error("Forbidden");
  await auth.api.createInvitation({ headers: await headers(), body: { email: inv.email, role: inv.role as "dock-hand", organizationId: staff.orgId, resend: true } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function changeMemberRole(memberId: string, role: string) {
  const staff = await requireStaff();
  const input = z.object({ memberId: z.string(), role: z.enum(["harbour-master", "dock-hand", "accountant"]) }).parse({ memberId, role });
  const allowed = await canStaff({ member: ["update"] });
  if (!allowed) throw new Error("Forbidden");
  await auth.api.updateMemberRole({ headers: await headers(), body: { memberId: input.memberId, role: input.role, organizationId: staff.orgId } });
  logger.info({ event: "member.role_changed", by: staff.user.id, memberId: input.memberId, role: input.role });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function removeMember(memberId: string) {
  const staff = await requireStaff();
  const id = z.string().parse(memberId);
  // ruleid: floating-auth-check
  if (!canStaff({ member: ["remove"] })) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await db.delete(member).where(eq(member.id, id));
  await auditLog({ actorId: staff.user.id, orgId: staff.orgId, action: "member.remove", target: id });
}

// The result of checkHarbourMaster is an error value, and it is ignored here.
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function promoteToHarbourMaster(memberId: string) {
  const staff = await requireStaff();
  const id = z.string().parse(memberId);
  await checkHarbourMaster(staff.user.id, staff.orgId);
  // ruleid: missing-authorization
  await db.update(member).set({ role: "harbour-master" }).where(eq(member.id, id));
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function demoteMember(memberId: string) {
  const staff = await requireStaff();
  const id = z.string().parse(memberId);
  const check = await checkHarbourMaster(staff.user.id, staff.orgId);
  if ("error" in check) return check;
  // ok: missing-authorization, mass-assignment
  await db.update(member).set({ role: "dock-hand" }).where(and(eq(member.id, id), eq(member.organizationId, staff.orgId)));
  await auditLog({ actorId: staff.user.id, orgId: staff.orgId, action: "member.demote", target: id });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function listMembers() {
  const staff = await requireStaff();
  const rows = await db
    .select({ id: member.id, role: member.role, name: user.name, email: user.email })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(eq(member.organizationId, staff.orgId));
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation // ok: missing-audit-log -- self-service leave is out of rule 9 scope
export async function leaveMarina() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session?.session.activeOrganizationId) return { error: "No marina" };
  // ok: missing-authorization
  await auth.api.leaveOrganization({ headers: await headers(), body: { organizationId: session.session.activeOrganizationId } });
  return { ok: true };
}
