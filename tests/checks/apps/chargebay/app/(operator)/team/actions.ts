"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { operatorClient, auditedClient, authActionClient, ActionError } from "@/lib/safe-action";
import { withOperator, withRole } from "@/lib/wrappers";
import { requireMember, type Member } from "@/lib/dal";
import { generateToken, hashToken } from "@/lib/crypto";
import { sendEmail } from "@/lib/notify";
import { rateLimitByKey } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";

const STAFF_ROLES = ["admin", "network_manager", "site_manager", "technician", "finance", "support", "viewer"] as const;

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
// todoruleid: missing-audit-log -- (gap judge: ambiguous) issuing an invite that carries a role: rule 9 does not say whether that is the role change
export const inviteStaff = operatorClient
  .metadata({ actionName: "team.invite" })
  .inputSchema(z.object({ email: z.string().email(), role: z.enum(STAFF_ROLES) }))
  .action(async ({ parsedInput, ctx }) => {
    const token = generateToken();
    await prisma.invite.create({
      data: {
        tenantId: ctx.tenantId,
        email: parsedInput.email.toLowerCase(),
        // todoruleid: mass-assignment -- a role-gated privileged write: exempt by the pass-20 policy (docs/precision.md)
        role: parsedInput.role,
        tokenHash: hashToken(token),
        invitedBy: ctx.userId,
        expiresAt: new Date(Date.now() + 7 * 86_400_000),
      },
    });
    await sendEmail({
      to: parsedInput.email,
      subject: "You've been invited to Chargebay",
      html: `<a href="${process.env.APP_URL}/invite/${token}">Accept invitation</a>`,
    });
    revalidatePath("/team");
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const resendInvite = operatorClient
  .metadata({ actionName: "team.resend_invite" })
  .inputSchema(z.object({ inviteId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    await rateLimitByKey(`invite-resend:${ctx.userId}`);
    const token = generateToken();
    // ok: missing-authorization
    const invite = await prisma.invite.update({
      where: { id: parsedInput.inviteId, tenantId: ctx.tenantId },
      data: { tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 7 * 86_400_000) },
      select: { email: true },
    });
    await sendEmail({ to: invite.email, subject: "Reminder: your Chargebay invitation", html: `<a href="${process.env.APP_URL}/invite/${token}">Accept</a>` });
  });

// Role changes go through the audited owner/admin wrapper.
// ok: missing-auth, missing-input-validation, missing-audit-log
export const changeMemberRole = withOperator("member.role_changed", async (member: Member, membershipId: string, role: string) => {
  const input = z.object({ membershipId: z.string().cuid(), role: z.enum(STAFF_ROLES) }).parse({ membershipId, role });
  if (input.membershipId === member.id) throw new Error("You cannot change your own role");
  // ok: missing-authorization
  await prisma.membership.update({
    where: { id: input.membershipId, tenantId: member.tenantId },
    // todoruleid: mass-assignment -- a role-gated privileged write: exempt by the pass-20 policy (docs/precision.md)
    data: { role: input.role },
  });
  revalidatePath("/team");
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const removeMember = withRole(["owner", "admin"], async (member: Member, membershipId: string) => {
  const id = z.string().cuid().parse(membershipId);
  // ok: missing-authorization
  await prisma.membership.delete({ where: { id, tenantId: member.tenantId, role: { not: "owner" } } });
  revalidatePath("/team");
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const transferOwnership = auditedClient
  .metadata({ actionName: "tenant.ownership_transferred" })
  .inputSchema(z.object({ toMembershipId: z.string().cuid(), confirm: z.literal("TRANSFER") }))
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.role !== "owner") throw new ActionError("Only the owner can transfer ownership.");
    await prisma.$transaction([
      // ok: missing-authorization
      prisma.membership.update({ where: { id: parsedInput.toMembershipId, tenantId: ctx.tenantId }, data: { role: "owner" } }),
      prisma.membership.updateMany({ where: { userId: ctx.userId, tenantId: ctx.tenantId }, data: { role: "admin" } }),
    ]);
  });

// ok: missing-auth, missing-input-validation
export async function revokeInvite(inviteId: string) {
  const member = await requireMember(["owner", "admin"]);
  if (typeof inviteId !== "string" || inviteId.length > 40) throw new Error("Invalid invite");
  // ok: missing-authorization
  await prisma.invite.deleteMany({ where: { id: inviteId, tenantId: member.tenantId } });
  revalidatePath("/team");
}

// Team page for every staff member (viewer and up).
// ok: missing-auth
export const listTeam = authActionClient.metadata({ actionName: "team.list" }).action(async ({ ctx }) => {
  const members = await prisma.membership.findMany({
    where: { tenantId: ctx.tenantId },
    include: { user: true },
  });
  // ok: excessive-data-exposure
  return members.map((m) => ({ id: m.id, role: m.role, name: m.user.name, email: m.user.email }));
});

// Leave the workspace (self-service).
// ok: missing-auth, missing-input-validation
// ok: missing-audit-log -- ruling pass 34: leaving one's own seat is no admin action (rule 9)
export const leaveTenant = authActionClient.metadata({ actionName: "team.leave" }).action(async ({ ctx }) => {
  const me = await prisma.membership.findFirst({ where: { userId: ctx.userId, tenantId: ctx.tenantId }, select: { id: true, role: true } });
  if (!me) return { error: "Not a member" };
  if (me.role === "owner") return { error: "Transfer ownership before leaving." };
  await prisma.membership.delete({ where: { id: me.id } });
  revalidatePath("/");
});

// SSO-only enforcement for large fleets/operators.
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function setSsoConnection(connectionId: string | null) {
  const member = await requireMember(["owner"]);
  const value = z.string().startsWith("conn_").max(64).nullable().parse(connectionId);
  await prisma.tenant.update({ where: { id: member.tenantId }, data: { ssoConnectionId: value } });
  await auditLog({ tenantId: member.tenantId, actorId: member.userId, action: value ? "sso.enabled" : "sso.disabled" });
}
