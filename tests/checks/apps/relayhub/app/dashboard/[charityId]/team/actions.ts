"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { auditedActionClient, ActionError } from "@/lib/safe-action";
import { requireCharityRole, ADMIN_ROLES } from "@/lib/authz";
import { verifySession } from "@/lib/dal";
import { sendLimiter } from "@/lib/rate-limit";
import { sendEmail } from "@/lib/mail";
import { auditLog } from "@/lib/audit";
import { newToken, sha256 } from "@/lib/crypto";
import { Cuid, Email } from "@/lib/validation";

const AssignableRole = z.enum(["fundraising_manager", "finance_officer", "volunteer_coordinator", "data_protection_officer", "grant_writer", "support", "viewer"]);

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export const inviteMember = auditedActionClient
  .metadata({ actionName: "team.invite" })
  .inputSchema(z.object({ charityId: Cuid, email: Email, role: AssignableRole }))
  .action(async ({ parsedInput, ctx }) => {
    const c = await requireCharityRole(parsedInput.charityId, ADMIN_ROLES);
    const { success } = await sendLimiter.limit(`invite:${c.charityId}`);
    if (!success) throw new ActionError("Invite limit reached, try again later.");
    const token = newToken();
    await prisma.invite.create({
      data: {
        charityId: c.charityId,
        email: parsedInput.email,
        // todoruleid: mass-assignment -- policy (pass 20): a privileged field written behind a role check is exempt; the contract's wording reports it
        role: parsedInput.role,
        tokenHash: sha256(token),
        invitedBy: ctx.userId,
        expiresAt: new Date(Date.now() + 7 * 864e5),
      },
    });
    await sendEmail({ to: parsedInput.email, subject: "You've been invited to Relayhub", html: `<a href="https://relayhub.org/invite/${token}">Accept</a>` });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function changeMemberRole(charityId: string, membershipId: string, role: string) {
  const ctx = await requireCharityRole(charityId, ADMIN_ROLES);
  const input = z.object({ membershipId: Cuid, role: AssignableRole }).parse({ membershipId, role });
  // ok: missing-authorization
  await prisma.membership.updateMany({
    where: { id: input.membershipId, charityId: ctx.charityId, role: { not: "owner" } },
    // todoruleid: mass-assignment -- policy (pass 20): a privileged field written behind a role check is exempt; the contract's wording reports it
    data: { role: input.role },
  });
  revalidatePath(`/dashboard/${ctx.charityId}/team`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const removeMember = auditedActionClient
  .metadata({ actionName: "team.remove" })
  .inputSchema(z.object({ charityId: Cuid, membershipId: Cuid }))
  .action(async ({ parsedInput }) => {
    const c = await requireCharityRole(parsedInput.charityId, ADMIN_ROLES);
    // ok: missing-authorization
    await prisma.membership.deleteMany({ where: { id: parsedInput.membershipId, charityId: c.charityId, role: { not: "owner" } } });
    return { ok: true };
  });

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation, missing-audit-log
export const resendInvite = auditedActionClient
  .metadata({ actionName: "team.invite.resend" })
  .inputSchema(z.object({ charityId: Cuid, inviteId: Cuid }))
  .action(async ({ parsedInput }) => {
    const c = await requireCharityRole(parsedInput.charityId, ADMIN_ROLES);
    // ok: missing-authorization
    const invite = await prisma.invite.findFirst({ where: { id: parsedInput.inviteId, charityId: c.charityId, acceptedAt: null }, select: { id: true, email: true } });
    if (!invite) throw new ActionError("Invite not found");
    const token = newToken();
    await prisma.invite.update({ where: { id: invite.id }, data: { tokenHash: sha256(token), expiresAt: new Date(Date.now() + 7 * 864e5) } });
    await sendEmail({ to: invite.email, subject: "Reminder: your Relayhub invite", html: `<a href="https://relayhub.org/invite/${token}">Accept</a>` });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function transferOwnership(charityId: string, toMembershipId: string) {
  const { userId } = await verifySession();
  const ctx = await requireCharityRole(charityId, ["owner"]);
  const target = Cuid.parse(toMembershipId);
  await prisma.$transaction([
    // ok: missing-authorization
    prisma.membership.updateMany({ where: { id: target, charityId: ctx.charityId }, data: { role: "owner" } }),
    prisma.membership.updateMany({ where: { userId, charityId: ctx.charityId }, data: { role: "executive_director" } }),
  ]);
  await auditLog({ actorId: userId, charityId: ctx.charityId, action: "team.ownership_transferred", target });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function listTeam(charityId: string) {
  const ctx = await requireCharityRole(charityId, ["owner", "executive_director", "support", "viewer", "fundraising_manager", "finance_officer"]);
  const members = await prisma.membership.findMany({
    where: { charityId: ctx.charityId },
    include: { user: true },
  });
  // ruleid: excessive-data-exposure
  return members;
}
