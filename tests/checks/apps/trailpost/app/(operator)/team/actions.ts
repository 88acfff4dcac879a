"use server";

import { z } from "zod";
import { randomBytes } from "crypto";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { requireOrgAdmin } from "@/lib/auth/dal";
import { getMembership } from "@/lib/auth/guards";
import { sendEmail } from "@/lib/mailer";
import { checkRateLimit } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";

const InviteSchema = z.object({ orgId: z.string().cuid(), email: z.string().email(), role: z.enum(["admin", "guide"]) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function inviteGuide(_prev: unknown, formData: FormData) {
  const input = InviteSchema.parse(Object.fromEntries(formData));
  const { userId } = await requireOrgAdmin(input.orgId);
  if (!(await checkRateLimit(`invite:${userId}`))) return { error: "Slow down" };
  const token = randomBytes(24).toString("hex");
  await prisma.auditLog.create({ data: { orgId: input.orgId, actorId: userId, action: "team.invite", target: input.email } });
  await sendEmail(input.email, "You're invited to Trailpost", `<a href="https://trailpost.app/join/${token}">Join the team</a>`);
  return { ok: true };
}

// why: sends an email on every call with no rate limit
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function resendInvite(_prev: unknown, formData: FormData) {
  const input = InviteSchema.pick({ orgId: true, email: true }).parse(Object.fromEntries(formData));
  await requireOrgAdmin(input.orgId);
  await sendEmail(input.email, "Reminder: you're invited to Trailpost", "<p>Your invite is waiting.</p>");
  return { ok: true };
}

const RoleSchema = z.object({ orgId: z.string().cuid(), memberId: z.string().cuid(), role: z.enum(["owner", "admin", "guide"]) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function changeMemberRole(_prev: unknown, formData: FormData) {
  const input = RoleSchema.parse(Object.fromEntries(formData));
  const { userId, role } = await requireOrgAdmin(input.orgId);
  if (input.role === "owner" && role !== "owner") return { error: "Only owners can promote to owner" };
  // ok: missing-authorization
  await prisma.membership.updateMany({ where: { id: input.memberId, orgId: input.orgId }, data: { role: input.role } });
  await auditLog({ orgId: input.orgId, actorId: userId, action: "team.role_changed", target: input.memberId, meta: { role: input.role } });
  return { ok: true };
}

// why: removing a member is an admin permission change and nothing is audited
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function removeMember(_prev: unknown, formData: FormData) {
  const input = RoleSchema.pick({ orgId: true, memberId: true }).parse(Object.fromEntries(formData));
  await requireOrgAdmin(input.orgId);
  // ok: missing-authorization
  await prisma.membership.deleteMany({ where: { id: input.memberId, orgId: input.orgId } });
  return { ok: true };
}

// why: getMembership returns { error } instead of throwing and the result is ignored; signed out, userId is undefined and every membership of the org is deleted
// ruleid: missing-auth
// ok: missing-input-validation
export async function leaveOrg(_prev: unknown, formData: FormData) {
  const orgId = z.string().cuid().parse(formData.get("orgId"));
  const { membership } = await getMembership(orgId);
  await prisma.membership.deleteMany({ where: { orgId, userId: membership?.userId } });
  return { ok: true };
}

// why: ownership transfer (a role change) writes no audit record
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function transferOwnership(_prev: unknown, formData: FormData) {
  const input = z.object({ orgId: z.string().cuid(), newOwnerUserId: z.string().cuid() }).parse(Object.fromEntries(formData));
  const { error, membership } = await getMembership(input.orgId);
  if (error || membership?.role !== "owner") return { error: "Only the owner can transfer ownership" };
  // ok: missing-authorization
  await prisma.membership.update({ where: { orgId_userId: { orgId: input.orgId, userId: input.newOwnerUserId } }, data: { role: "owner" } });
  await prisma.membership.update({ where: { id: membership.id }, data: { role: "admin" } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function listTeam(orgId: string) {
  const session = await auth();
  if (!session?.user?.id) return [];
  if (typeof orgId !== "string" || orgId.length > 40) return [];
  const m = await prisma.membership.findUnique({ where: { orgId_userId: { orgId, userId: session.user.id } }, select: { id: true } });
  if (!m) return [];
  // ok: missing-authorization
  const members = await prisma.membership.findMany({ where: { orgId }, include: { user: true } });
  // why: include: { user: true } returns full User rows (passwordHash, twoFactorSecret) to any member
  // ruleid: excessive-data-exposure
  return members;
}
