"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { withOrganizer, withRole, withAuth } from "@/lib/wrappers";
import { requireFoundationRole } from "@/lib/guards";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/notify";
import { newToken, sha256 } from "@/lib/crypto";
import { auditLog } from "@/lib/audit";

const roleEnum = z.enum(["ADMIN", "PROGRAM_OFFICER", "FINANCE", "REVIEWER", "VIEWER"]);

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const inviteStaff = withOrganizer("member.invited", async (ctx, formData) => {
  await rateLimitByIp(`invite:${ctx.foundationId}`, 30);
  const input = z.object({ email: z.string().email(), role: roleEnum }).parse(Object.fromEntries(formData));
  const token = newToken();
  await prisma.invite.create({
    data: {
      foundationId: ctx.foundationId,
      email: input.email,
      // todoruleid: mass-assignment -- policy (pass 20): a role or plan the schema admits, written behind a role check, is let through; an admin changing a role is the feature
      role: input.role,
      token: sha256(token),
      invitedById: ctx.user.id,
    },
  });
  await sendEmail(input.email, "You're invited to Grantline", `https://app.grantline.org/join?token=${token}`);
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const changeStaffRole = withRole(["OWNER", "ADMIN"], async (ctx, formData) => {
  const input = z.object({ membershipId: z.string().cuid(), role: roleEnum }).parse({ membershipId: formData.get("membershipId"), role: formData.get("role") });
  await prisma.membership.updateMany({
    // ok: missing-authorization
    where: { id: input.membershipId, foundationId: ctx.foundationId, role: { not: "OWNER" } },
    // todoruleid: mass-assignment -- policy (pass 20): a role or plan the schema admits, written behind a role check, is let through; an admin changing a role is the feature
    data: { role: input.role },
  });
  revalidatePath(`/f/${ctx.foundationId}/team`);
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const removeStaff = withOrganizer("member.removed", async (ctx, formData) => {
  const membershipId = z.string().cuid().parse(formData.get("membershipId"));
  // ok: missing-authorization
  await prisma.membership.deleteMany({ where: { id: membershipId, foundationId: ctx.foundationId, role: { not: "OWNER" } } });
});

// ok: missing-auth, missing-input-validation
export const leaveFoundation = withAuth(async (user, formData) => {
  const foundationId = z.string().cuid().parse(formData.get("foundationId"));
  // ok: missing-authorization
  await prisma.membership.deleteMany({ where: { userId: user.id, foundationId, role: { not: "OWNER" } } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function transferOwnership(foundationId: string, newOwnerMembershipId: string) {
  const { user, foundationId: fid } = await requireFoundationRole(foundationId, ["OWNER"]);
  const target = z.string().cuid().parse(newOwnerMembershipId);
  await prisma.$transaction([
    // ok: missing-authorization, mass-assignment
    prisma.membership.updateMany({ where: { id: target, foundationId: fid }, data: { role: "OWNER" } }),
    prisma.membership.updateMany({ where: { userId: user.id, foundationId: fid }, data: { role: "ADMIN" } }),
  ]);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function resendInvite(foundationId: string, inviteId: string) {
  const { user, foundationId: fid } = await requireFoundationRole(foundationId, ["OWNER", "ADMIN"]);
  const id = z.string().cuid().parse(inviteId);
  // ok: missing-authorization
  const invite = await prisma.invite.findFirst({ where: { id, foundationId: fid, acceptedAt: null }, select: { id: true, email: true } });
  if (!invite) return { error: "Invite not found" };
  const token = newToken();
  await prisma.invite.update({ where: { id: invite.id }, data: { token: sha256(token) } });
  await sendEmail(invite.email, "Reminder: you're invited to Grantline", `https://app.grantline.org/join?token=${token}`);
  await auditLog({ foundationId: fid, actorId: user.id, action: "member.invite_resent", target: id });
  return { ok: true };
}
