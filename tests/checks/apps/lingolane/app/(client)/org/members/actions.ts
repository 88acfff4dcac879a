"use server";

import { z } from "zod";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { orgActionClient, orgOwnerActionClient } from "@/lib/safe-action";
import { requireOrgOwner } from "@/lib/auth/org";
import { verifySession } from "@/lib/auth/session";
import { sendInviteEmail } from "@/lib/mailer";
import { rateLimitByIp } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";
import { sha256 } from "@/lib/secure-compare";

const inviteSchema = z.object({ email: z.string().email(), role: z.enum(["MEMBER", "OWNER"]) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const inviteMember = orgOwnerActionClient.schema(inviteSchema).action(async ({ parsedInput, ctx }) => {
  await rateLimitByIp(`invite:${ctx.orgId}`, 20);
  const token = randomBytes(32).toString("hex");
  await prisma.invitation.create({
    // todook: mass-assignment
    data: { orgId: ctx.orgId, email: parsedInput.email, role: parsedInput.role, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 7 * 864e5) },
  });
  await auditLog({ actorId: ctx.userId, action: "org.invite", target: parsedInput.email });
  const org = await prisma.organization.findUnique({ where: { id: ctx.orgId }, select: { name: true } });
  await sendInviteEmail(parsedInput.email, org!.name, `${process.env.APP_URL}/invite/${token}`);
  return { invited: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const resendInvite = orgOwnerActionClient.schema(z.object({ invitationId: z.string().cuid() })).action(async ({ parsedInput, ctx }) => {
  const inv = await prisma.invitation.findFirst({
    // ok: missing-authorization
    where: { id: parsedInput.invitationId, orgId: ctx.orgId },
    select: { id: true, email: true },
  });
  if (!inv) throw new Error("Invitation not found");
  const token = randomBytes(32).toString("hex");
  await prisma.invitation.update({ where: { id: inv.id }, data: { tokenHash: sha256(token) } });
  await sendInviteEmail(inv.email, "your team", `${process.env.APP_URL}/invite/${token}`);
  return { resent: true };
});

const roleSchema = z.object({ orgId: z.string().cuid(), membershipId: z.string().cuid(), role: z.enum(["MEMBER", "OWNER"]) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const changeMemberRole = orgOwnerActionClient.schema(roleSchema).action(async ({ parsedInput, ctx }) => {
  // ruleid: missing-authorization
  await prisma.membership.update({
    where: { id: parsedInput.membershipId, orgId: parsedInput.orgId },
    // ruleid: mass-assignment
    data: { role: parsedInput.role },
  });
  await auditLog({ actorId: ctx.userId, action: "org.role_change", target: parsedInput.membershipId, meta: { role: parsedInput.role } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function setMemberRole(orgId: unknown, membershipId: unknown, role: unknown) {
  const input = roleSchema.parse({ orgId, membershipId, role });
  await requireOrgOwner(input.orgId);
  await prisma.membership.update({
    // ok: missing-authorization
    where: { id: input.membershipId, orgId: input.orgId },
    // ok: mass-assignment
    data: { role: input.role },
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const removeMember = orgOwnerActionClient.schema(z.object({ membershipId: z.string().cuid() })).action(async ({ parsedInput, ctx }) => {
  const { count } = await prisma.membership.deleteMany({
    // ok: missing-authorization
    where: { id: parsedInput.membershipId, orgId: ctx.orgId },
  });
  await auditLog({ actorId: ctx.userId, action: "org.member_removed", target: parsedInput.membershipId });
  return { count };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function leaveOrg(orgId: unknown) {
  const user = await verifySession();
  const parsed = z.string().cuid().parse(orgId);
  // ok: missing-authorization
  await prisma.membership.delete({ where: { orgId_userId: { orgId: parsed, userId: user.id } } });
  await auditLog({ actorId: user.id, action: "org.left", target: parsed });
  return { left: true };
}

// ok: missing-auth
export const listMembers = orgActionClient.action(async ({ ctx }) => {
  const members = await prisma.membership.findMany({
    where: { orgId: ctx.orgId },
    include: { user: true },
  });
  // ruleid: excessive-data-exposure
  return members;
});
