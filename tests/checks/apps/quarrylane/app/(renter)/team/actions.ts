"use server";

import { z } from "zod";
import * as v from "valibot";
import { prisma } from "@/lib/db/prisma";
import { withOrg } from "@/lib/wrappers";
import { verifySession } from "@/lib/auth/dal";
import { getMembershipOrError, requireMembership } from "@/lib/auth/membership";
import { auditLog } from "@/lib/audit";
import { sendMail } from "@/lib/mailer";
import { rateLimitByIp, checkRateLimit } from "@/lib/ratelimit";
import { nanoid } from "nanoid";
import { hashToken } from "@/lib/secure-compare";

const Invite = z.object({ email: z.string().email(), role: z.enum(["member", "site_manager"]) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const inviteTeammate = withOrg(async (ctx, formData: FormData) => {
  await rateLimitByIp("invite");
  const input = Invite.parse({ email: formData.get("email"), role: formData.get("role") });
  const token = nanoid(32);
  await prisma.auditLog.create({ data: { actorId: ctx.userId, action: "invite_sent", target: input.email } });
  await sendMail(input.email, "You're invited to Quarrylane", `Join: https://quarrylane.io/join/${token}`);
  return { ok: true, tokenHash: hashToken(token) };
}, ["owner"]);

// why: sends email with no rate-limit call (neither here nor in withOrg).
// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export const resendInvite = withOrg(async (ctx, email: string) => {
  const parsed = z.string().email().safeParse(email);
  if (!parsed.success) return { error: "Bad email" };
  await sendMail(parsed.data, "Reminder: join Quarrylane", "Your invite is waiting.");
  return { ok: true };
}, ["owner"]);

const RoleChange = v.object({ membershipId: v.string(), role: v.picklist(["member", "site_manager", "owner"]) });

// ok: missing-auth, missing-input-validation
export const changeMemberRole = withOrg(async (ctx, raw: unknown) => {
  const { membershipId, role } = v.parse(RoleChange, raw);
  await prisma.membership.update({
    // ok: missing-authorization
    where: { id: membershipId, companyId: ctx.companyId },
    // ok: mass-assignment
    data: { role },
  });
  await auditLog(ctx.userId, "member_role_changed", membershipId, { role });
}, ["owner"]);

// why: removing a teammate is a permissions change and nothing is audited.
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const removeMember = withOrg(async (ctx, membershipId: string) => {
  if (typeof membershipId !== "string") throw new Error("Bad id");
  await prisma.membership.delete({
    // ok: missing-authorization
    where: { id: membershipId, companyId: ctx.companyId },
  });
}, ["owner"]);

// ok: missing-auth, missing-input-validation
export async function promoteToOwner(companyId: string, membershipId: string) {
  const { userId } = await verifySession();
  if (typeof companyId !== "string" || typeof membershipId !== "string") throw new Error("Bad input");
  const { error, role } = await getMembershipOrError(userId, companyId);
  if (error || role !== "owner") return { error: "Only owners can promote" };
  await prisma.membership.update({
    // ok: missing-authorization
    where: { id: membershipId, companyId },
    data: { role: "owner" },
  });
  await auditLog(userId, "member_promoted", membershipId);
  return { ok: true };
}

// why: demotion changes permissions without any audit call.
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function demoteOwner(companyId: string, membershipId: string) {
  const { userId } = await verifySession();
  if (typeof companyId !== "string" || typeof membershipId !== "string") throw new Error("Bad input");
  // guard result ignored: the helper returns { error } and nobody looks at it
  await getMembershipOrError(userId, companyId);
  // why: the { error } result above is never checked, so any user can demote any membership.
  // ruleid: missing-authorization
  await prisma.membership.update({
    where: { id: membershipId, companyId },
    data: { role: "member" },
  });
}

// why: the settings object is not validated before the write.
// ok: missing-auth, missing-audit-log
// ruleid: missing-input-validation
export async function updateCompanySettings(companyId: string, settings: Record<string, unknown>) {
  await requireMembership(companyId, ["owner"]);
  await prisma.company.update({
    // ok: missing-authorization
    where: { id: companyId },
    // why: spread of the client object lets an owner set plan and creditBalance.
    // ruleid: mass-assignment
    data: { ...settings },
  });
}

const Profile = z.object({ name: z.string().min(1).max(80), phone: z.string().regex(/^\+\d{8,15}$/) });

// ok: missing-auth, missing-input-validation
export async function updateMyProfile(formData: FormData) {
  const { userId } = await verifySession();
  const data = Profile.parse(Object.fromEntries(formData));
  await prisma.user.update({
    // ok: missing-authorization
    where: { id: userId },
    // ok: mass-assignment
    data,
  });
}

// why: the client-supplied userId decides whose profile is rewritten.
// ok: missing-auth
// ruleid: missing-input-validation
export async function updateProfileFor(userId: string, formData: FormData) {
  await verifySession();
  // ruleid: missing-authorization
  await prisma.user.update({
    where: { id: userId },
    data: { name: String(formData.get("name")), phone: String(formData.get("phone")) },
  });
}

const EmailChange = z.object({ email: z.string().email() });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changeEmail(formData: FormData) {
  const { userId } = await verifySession();
  if (!(await checkRateLimit(`email-change:${userId}`))) return { error: "Slow down" };
  const { email } = EmailChange.parse({ email: formData.get("email") });
  await prisma.user.update({ where: { id: userId }, data: { email } });
  await auditLog(userId, "email_changed", userId);
  await sendMail(email, "Email updated", "Your Quarrylane email was changed.");
}
