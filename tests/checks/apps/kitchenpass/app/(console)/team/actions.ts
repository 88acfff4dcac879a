"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { validatedActionWithUser } from "@/lib/actions/wrappers";
import { sendEmail } from "@/lib/messaging";
import { checkRateLimit } from "@/lib/ratelimit";

const InviteTeamMember = z.object({ email: z.string().email(), role: z.enum(["staff", "manager"]) });
const UpdateGroup = z.object({ name: z.string().min(2).max(120) });
const AcceptInvite = z.object({ inviteId: z.string().cuid(), role: z.enum(["staff", "manager", "owner"]) });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const inviteTeamMember = validatedActionWithUser(InviteTeamMember, async (data, _formData, user) => {
  if (user.role !== "owner" && user.role !== "manager") return { error: "Not allowed" };
  await prisma.$executeRaw`INSERT INTO invites (group_id, email, role, invited_by) VALUES (${user.groupId}, ${data.email}, ${data.role}, ${user.id})`;
  await sendEmail(data.email, "You're invited to KitchenPass", "<p>Accept your invite from the link in this email.</p>");
  return { success: "Invitation sent" };
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const resendInvite = validatedActionWithUser(z.object({ email: z.string().email() }), async (data, _formData, user) => {
  await checkRateLimit(`invite-resend:${user.id}`);
  const invite = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM invites WHERE group_id = ${user.groupId} AND email = ${data.email}`;
  if (invite.length === 0) return { error: "No pending invite" };
  await sendEmail(data.email, "Reminder: you're invited to KitchenPass", "<p>Your invite is waiting.</p>");
  return { success: "Invitation re-sent" };
});

// ok: missing-auth, missing-input-validation
export const updateGroupName = validatedActionWithUser(UpdateGroup, async (data, _formData, user) => {
  // ok: missing-authorization
  await prisma.group.update({ where: { id: user.groupId }, data: { name: data.name } });
  return { success: "Saved" };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const acceptInvite = validatedActionWithUser(AcceptInvite, async (data, _formData, user) => {
  const rows = await prisma.$queryRaw<{ group_id: string }[]>`SELECT group_id FROM invites WHERE id = ${data.inviteId} AND email = ${user.email}`;
  if (!rows[0]) return { error: "Invite not found" };
  await prisma.user.update({
    where: { id: user.id },
    // ruleid: mass-assignment
    data: { groupId: rows[0].group_id, role: data.role },
  });
  return { success: "Welcome aboard" };
});
