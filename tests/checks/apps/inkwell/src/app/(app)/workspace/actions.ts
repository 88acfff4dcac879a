"use server";

import { parseWithZod } from "@conform-to/zod";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { auth } from "~/auth";
import { prisma } from "~/lib/prisma";
import { isWorkspaceAdmin, verifySession } from "~/lib/dal";
import { sendEmail } from "~/lib/email";
import { auditLog } from "~/lib/audit";
import { ratelimit } from "~/lib/rate-limit";
import { hashToken, randomToken } from "~/lib/crypto";
import { authActionClient, ActionError } from "~/lib/safe-action";

const InviteSchema = z.object({ workspaceId: z.string().cuid(), email: z.string().email() });

async function createInvitation(workspaceId: string, email: string, invitedById: string) {
  const token = randomToken();
  await prisma.invitation.create({
    // ok: mass-assignment -- the role is fixed server-side
    data: { workspaceId, email, role: "viewer", tokenHash: hashToken(token), invitedById, expiresAt: new Date(Date.now() + 7 * 86_400_000) },
  });
  return token;
}

// ok: missing-auth
// ok: missing-input-validation
// ok: missing-rate-limit -- the signed-out early return does no work; the limit comes before the send
export async function inviteMember(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) {
    return { status: "error" as const, formErrors: ["Please sign in again."] };
  }
  const submission = parseWithZod(formData, { schema: InviteSchema });
  if (submission.status !== "success") return submission.reply();
  const { success } = await ratelimit.limit(`invite:${session.user.id}`);
  if (!success) return submission.reply({ formErrors: ["Too many invitations, try again later."] });
  // ok: floating-auth-check
  if (!(await isWorkspaceAdmin(session.user.id, submission.value.workspaceId))) {
    return submission.reply({ formErrors: ["Only admins can invite people."] });
  }
  const token = await createInvitation(submission.value.workspaceId, submission.value.email, session.user.id);
  await sendEmail({ to: submission.value.email, subject: "You're invited to Inkwell", html: `<a href="https://inkwell.app/invite/${token}">Join</a>` });
  return submission.reply({ resetForm: true });
}

// Re-sends an invitation from the members table.
// ok: missing-auth
// ok: missing-input-validation
// ruleid: missing-rate-limit
export const resendInvite = authActionClient.inputSchema(z.object({ invitationId: z.string().cuid() })).action(async ({ parsedInput, ctx }) => {
  const invitation = await prisma.invitation.findUnique({ where: { id: parsedInput.invitationId }, select: { id: true, email: true, workspaceId: true } });
  if (!invitation || !(await isWorkspaceAdmin(ctx.userId, invitation.workspaceId))) throw new ActionError("Invitation not found.");
  const token = randomToken();
  // ok: missing-authorization -- loaded, then the workspace role is checked
  await prisma.invitation.update({ where: { id: invitation.id }, data: { tokenHash: hashToken(token) } });
  await sendEmail({ to: invitation.email, subject: "Reminder: you're invited to Inkwell", html: `<a href="https://inkwell.app/invite/${token}">Join</a>` });
});

// ok: missing-auth
// ok: missing-input-validation
export async function revokeInvite(formData: FormData) {
  const { userId } = await verifySession();
  const { invitationId, workspaceId } = z.object({ invitationId: z.string().cuid(), workspaceId: z.string().cuid() }).parse(Object.fromEntries(formData));
  // ruleid: floating-auth-check -- a negated un-awaited call assigned to a variable
  const denied = !isWorkspaceAdmin(userId, workspaceId);
  if (denied) throw new Error("Forbidden");
  // ruleid: missing-authorization -- the floating isWorkspaceAdmin() call is no role check
  await prisma.invitation.deleteMany({ where: { id: invitationId, workspaceId } });
}

// ok: missing-auth
// ruleid: missing-input-validation
// ruleid: missing-audit-log
export async function updateMemberRole(formData: FormData) {
  const { userId } = await verifySession();
  const workspaceId = String(formData.get("workspaceId"));
  const memberId = String(formData.get("memberId"));
  // ruleid: floating-auth-check
  if (!isWorkspaceAdmin(userId, workspaceId)) {
    return { error: "Only admins can change roles." };
  }
  // ruleid: mass-assignment
  // ruleid: missing-authorization
  await prisma.membership.update({ where: { id: memberId }, data: { role: String(formData.get("role")) } });
  revalidatePath("/workspace/members");
  return { ok: true };
}

// ok: missing-auth
// ok: missing-input-validation
// ok: missing-audit-log
export async function removeMember(formData: FormData) {
  const { userId } = await verifySession();
  const submission = parseWithZod(formData, { schema: z.object({ workspaceId: z.string().cuid(), memberId: z.string().cuid() }) });
  if (submission.status !== "success") return submission.reply();
  const { workspaceId, memberId } = submission.value;
  if (!(await isWorkspaceAdmin(userId, workspaceId))) return submission.reply({ formErrors: ["Forbidden"] });
  // ok: missing-authorization -- scoped to a workspace the caller administers
  await prisma.membership.deleteMany({ where: { id: memberId, workspaceId } });
  await auditLog({ actorId: userId, action: "workspace.member_removed", target: memberId, metadata: { workspaceId } });
  return submission.reply({ resetForm: true });
}

// ok: missing-auth
// ok: missing-input-validation
// ruleid: missing-audit-log
export async function transferOwnership(formData: FormData) {
  const { userId } = await verifySession();
  const submission = parseWithZod(formData, { schema: z.object({ workspaceId: z.string().cuid(), newOwnerId: z.string().cuid() }) });
  if (submission.status !== "success") return submission.reply();
  const workspace = await prisma.workspace.findUnique({ where: { id: submission.value.workspaceId }, select: { ownerId: true } });
  if (!workspace || workspace.ownerId !== userId) return submission.reply({ formErrors: ["Only the owner can transfer a workspace."] });
  // ok: missing-authorization -- loaded and compared with the session user
  // ruleid: mass-assignment -- ownerId taken from the form
  await prisma.workspace.update({ where: { id: submission.value.workspaceId }, data: { ownerId: submission.value.newOwnerId } });
  return submission.reply();
}

// ok: missing-auth
// ok: missing-input-validation
export async function leaveWorkspace(workspaceId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(workspaceId);
  // ok: missing-authorization -- only the caller's own membership row
  await prisma.membership.deleteMany({ where: { workspaceId: id, userId } });
  revalidatePath("/workspace");
}

// ok: missing-auth
// ok: missing-input-validation
export const renameWorkspace = authActionClient.inputSchema(z.object({ workspaceId: z.string().cuid(), name: z.string().trim().min(1).max(80) })).stateAction(async ({ parsedInput, ctx }) => {
  // ok: missing-authorization -- constrained by the owner
  const { count } = await prisma.workspace.updateMany({ where: { id: parsedInput.workspaceId, ownerId: ctx.userId }, data: { name: parsedInput.name } });
  return { renamed: count === 1 };
});
