"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { withRole } from "@/lib/wrappers";
import { ratelimit } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { sendInviteEmail } from "@/lib/email";
import { generateToken, hashToken } from "@/lib/crypto";
import { getUser } from "@/lib/auth-helpers";

const InviteSchema = z.object({ email: z.string().trim().toLowerCase().email() });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const inviteMember = withRole("admin", async (formData, ctx) => {
  const { success } = await ratelimit.limit(`invite:${ctx.orgId}`);
  if (!success) return { error: "Invite limit reached, try again in a minute" };
  const { email } = InviteSchema.parse({ email: formData.get("email") });

  const existing = await getUser(email);
  if (existing) {
    const member = await prisma.membership.findFirst({
      where: { orgId: ctx.orgId, userId: existing.id },
      select: { id: true },
    });
    if (member) return { error: "Already a member" };
  }
  const raw = generateToken("inv");
  await prisma.invite.create({
    data: {
      orgId: ctx.orgId,
      email,
      tokenHash: hashToken(raw),
      invitedBy: ctx.userId,
      expiresAt: new Date(Date.now() + 7 * 86_400_000),
    },
  });
  const org = await prisma.organization.findUnique({ where: { id: ctx.orgId }, select: { name: true } });
  await sendInviteEmail(email, org?.name ?? "your team", `${process.env.APP_URL}/invites/${raw}`);
  await auditLog({ orgId: ctx.orgId, actorId: ctx.userId, action: "member.invited", target: email });
  return { success: `Invite sent to ${email}` };
});

// ruleid: missing-rate-limit
export const resendInvite = withRole("admin", async (formData, ctx) => {
  const inviteId = z.string().cuid().parse(formData.get("inviteId"));
  // ok: missing-authorization
  const invite = await prisma.invite.findFirst({
    where: { id: inviteId, orgId: ctx.orgId },
    select: { id: true, email: true },
  });
  if (!invite) return { error: "Invite not found" };
  const raw = generateToken("inv");
  await prisma.invite.update({
    where: { id: invite.id },
    data: { tokenHash: hashToken(raw), expiresAt: new Date(Date.now() + 7 * 86_400_000) },
  });
  await sendInviteEmail(invite.email, "your team", `${process.env.APP_URL}/invites/${raw}`);
  return { success: "Invite re-sent" };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const removeMember = withRole("admin", async (formData, ctx) => {
  const memberId = z.string().cuid().parse(formData.get("memberId"));
  // ruleid: missing-authorization
  const removed = await prisma.membership.delete({ where: { id: memberId }, select: { userId: true } });
  await auditLog({ orgId: ctx.orgId, actorId: ctx.userId, action: "member.removed", target: removed.userId });
  revalidatePath("/members");
});

// ruleid: missing-audit-log
export const promoteToAdmin = withRole("owner", async (formData, ctx) => {
  const memberId = z.string().cuid().parse(formData.get("memberId"));
  // ok: missing-authorization
  await prisma.membership.updateMany({
    where: { id: memberId, orgId: ctx.orgId, role: { in: ["viewer", "editor"] } },
    // ok: mass-assignment
    data: { role: "admin" },
  });
  revalidatePath("/members");
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const demoteToViewer = withRole("admin", async (formData, ctx) => {
  const memberId = z.string().cuid().parse(formData.get("memberId"));
  // ok: missing-authorization
  const { count } = await prisma.membership.updateMany({
    where: { id: memberId, orgId: ctx.orgId, role: { not: "owner" } },
    data: { role: "viewer" },
  });
  if (count) await auditLog({ orgId: ctx.orgId, actorId: ctx.userId, action: "member.role_changed", target: memberId });
  revalidatePath("/members");
});

// ok: missing-auth, missing-input-validation
export const listMembers = withRole("viewer", async (_formData, ctx) => {
  const members = await prisma.membership.findMany({
    where: { orgId: ctx.orgId },
    select: { id: true, role: true, user: { select: { name: true, email: true, image: true } } },
  });
  // ok: excessive-data-exposure
  return members;
});
