"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { adminActionClient } from "@/lib/actions/safe-action";
import { withOrg, withRole } from "@/lib/actions/wrappers";
import { emailLimiter } from "@/lib/ratelimit";
import { sendInviteEmail } from "@/lib/email";
import { hashToken, newToken } from "@/lib/crypto";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

const ASSIGNABLE = ["admin", "supervisor", "agent", "light-agent", "billing"] as const;
const InviteSchema = z.object({ email: z.string().email(), role: z.enum(ASSIGNABLE) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const inviteAgent = adminActionClient
  .metadata({ actionName: "member.invited" })
  .bindArgsSchemas([z.string()])
  .inputSchema(InviteSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { success } = await emailLimiter.limit(`invite:${ctx.workspaceId}`);
    if (!success) return { error: "Invite limit reached for this hour." };
    const seats = await prisma.workspace.findUniqueOrThrow({ where: { id: ctx.workspaceId }, select: { seats: true, name: true, _count: { select: { memberships: true } } } });
    if (seats._count.memberships >= seats.seats) return { error: "No seats left. Add seats in Billing." };
    const token = newToken();
    await prisma.invite.create({
      data: {
        workspaceId: ctx.workspaceId,
        email: parsedInput.email,
        // ok: mass-assignment
        role: parsedInput.role,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + 7 * 864e5),
      },
    });
    await sendInviteEmail(parsedInput.email, seats.name, `https://app.helmdesk.app/invite/${token}`);
    return { ok: true };
  });

// ruleid: missing-rate-limit
export const resendInvite = withRole("admin", async (m, inviteId: string) => {
  const id = z.string().cuid().parse(inviteId);
  const invite = await prisma.invite.findFirst({ where: { id, workspaceId: m.workspaceId }, select: { email: true } });
  if (!invite) return { error: "Invite not found" };
  const token = newToken();
  await prisma.invite.update({ where: { id }, data: { tokenHash: hashToken(token) } });
  await auditLog({ workspaceId: m.workspaceId, actorId: m.userId, action: "member.invite_resent" });
  await sendInviteEmail(invite.email, "your team", `https://app.helmdesk.app/invite/${token}`);
  return { ok: true };
});

const RoleSchema = z.object({ membershipId: z.string().cuid(), role: z.enum(ASSIGNABLE) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const changeMemberRole = adminActionClient
  .metadata({ actionName: "member.role_changed" })
  .bindArgsSchemas([z.string()])
  .inputSchema(RoleSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await prisma.membership.updateMany({
      where: { id: parsedInput.membershipId, workspaceId: ctx.workspaceId, role: { not: "owner" } },
      // ok: mass-assignment
      data: { role: parsedInput.role },
    });
    return { ok: true };
  });

// ruleid: missing-audit-log
export const changeMemberRoleLegacy = withOrg(async (m, membershipId: string, role: string) => {
  const input = RoleSchema.parse({ membershipId, role });
  // ruleid: missing-authorization
  await prisma.membership.update({
    where: { id: input.membershipId },
    // ruleid: mass-assignment
    data: { role: input.role },
  });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const removeMember = withRole("admin", async (m, membershipId: string) => {
  const id = z.string().cuid().parse(membershipId);
  // ok: missing-authorization
  const { count } = await prisma.membership.deleteMany({ where: { id, workspaceId: m.workspaceId, role: { not: "owner" } } });
  logger.info("member removed", { workspaceId: m.workspaceId, actorId: m.userId, membershipId: id });
  return { removed: count };
});

// ruleid: missing-audit-log
export const removeMemberQuick = withRole("admin", async (m, membershipId: string) => {
  const id = z.string().cuid().parse(membershipId);
  // ok: missing-authorization
  const { count } = await prisma.membership.deleteMany({ where: { id, workspaceId: m.workspaceId, role: { not: "owner" } } });
  console.log("removed member", id);
  return { removed: count };
});

// ruleid: missing-audit-log
export const transferOwnership = withRole("owner", async (m, newOwnerUserId: string) => {
  const target = z.string().cuid().parse(newOwnerUserId);
  await prisma.$transaction([
    // ok: missing-authorization
    prisma.membership.update({ where: { userId_workspaceId: { userId: target, workspaceId: m.workspaceId } }, data: { role: "owner" } }),
    prisma.membership.update({ where: { userId_workspaceId: { userId: m.userId, workspaceId: m.workspaceId } }, data: { role: "admin" } }),
  ]);
  return { ok: true };
});

// ruleid: missing-audit-log
export const resetMemberTwoFactor = withRole("admin", async (m, memberUserId: string) => {
  const target = z.string().cuid().parse(memberUserId);
  const member = await prisma.membership.findUnique({ where: { userId_workspaceId: { userId: target, workspaceId: m.workspaceId } }, select: { id: true } });
  if (!member) return { error: "Not a member of this workspace" };
  await prisma.user.update({ where: { id: target }, data: { totpSecret: null, twoFactorOn: false } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const resetMemberTwoFactorAudited = withRole("admin", async (m, memberUserId: string) => {
  const target = z.string().cuid().parse(memberUserId);
  const member = await prisma.membership.findUnique({ where: { userId_workspaceId: { userId: target, workspaceId: m.workspaceId } }, select: { id: true } });
  if (!member) return { error: "Not a member of this workspace" };
  // ok: missing-authorization
  await prisma.user.update({ where: { id: target }, data: { totpSecret: null, twoFactorOn: false } });
  await auditLog({ workspaceId: m.workspaceId, actorId: m.userId, action: "member.2fa_reset", target });
  return { ok: true };
});
