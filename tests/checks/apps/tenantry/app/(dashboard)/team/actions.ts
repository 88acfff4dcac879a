"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { auditedActionClient, managerActionClient, authActionClient } from "@/lib/safe-action";
import { requireAgencyMember } from "@/lib/dal";
import { checkRateLimit } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/email";
import { generateToken, hashToken } from "@/lib/crypto";
import { auditLog } from "@/lib/audit";

const roleEnum = z.enum(["ADMIN", "MANAGER", "ACCOUNTANT", "VIEWER"]);

// ok: missing-auth, missing-input-validation, missing-audit-log
export const changeMemberRole = auditedActionClient
  .metadata({ actionName: "member.role_changed" })
  .inputSchema(z.object({ membershipId: z.string().cuid(), role: roleEnum }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await prisma.membership.updateMany({
      where: { id: parsedInput.membershipId, agencyId: ctx.agencyId },
      // todoruleid: mass-assignment -- policy (pass 20): a role or plan the schema admits, written behind a role check, is let through; an admin changing a role is the feature
      data: { role: parsedInput.role },
    });
    revalidatePath("/team");
  });

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export const promoteToAdmin = managerActionClient
  .metadata({ actionName: "promoteToAdmin" })
  .inputSchema(z.object({ membershipId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization, mass-assignment
    await prisma.membership.updateMany({ where: { id: parsedInput.membershipId, agencyId: ctx.agencyId }, data: { role: "ADMIN" } });
  });

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function updateMemberRole(membershipId: string, role: string) {
  const member = await requireAgencyMember();
  const input = z.object({ membershipId: z.string().cuid(), role: roleEnum }).parse({ membershipId, role });
  console.log(`role change by ${member.userId}`);
  // ruleid: missing-authorization, mass-assignment
  await prisma.membership.update({ where: { id: input.membershipId }, data: { role: input.role } });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const removeMember = authActionClient
  .metadata({ actionName: "removeMember" })
  .inputSchema(z.object({ membershipId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.role !== "OWNER" && ctx.role !== "ADMIN") throw new Error("Forbidden");
    // ok: missing-authorization
    await prisma.membership.deleteMany({ where: { id: parsedInput.membershipId, agencyId: ctx.agencyId } });
    await auditLog({ agencyId: ctx.agencyId, actorId: ctx.userId, action: "member.removed", target: parsedInput.membershipId });
  });

const inviteSchema = z.object({ email: z.string().email(), role: roleEnum });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const inviteStaff = auditedActionClient
  .metadata({ actionName: "member.invited" })
  .inputSchema(inviteSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { success } = await checkRateLimit(`invite:${ctx.agencyId}`);
    if (!success) throw new Error("Invite limit reached");
    const agency = await prisma.agency.findUniqueOrThrow({ where: { id: ctx.agencyId }, select: { seats: true, _count: { select: { memberships: true } } } });
    // ok: information-disclosure
    if (agency._count.memberships >= agency.seats) return { error: "No free seats" };
    const token = generateToken();
    await prisma.invite.create({
      data: {
        agencyId: ctx.agencyId,
        // todoruleid: mass-assignment -- policy (pass 20): a role the schema admits, written behind a role check, is let through
        ...parsedInput,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + 7 * 86_400_000),
      },
    });
    await sendEmail({ to: parsedInput.email, subject: "You're invited to Tenantry", html: `<a href="https://tenantry.app/invite/${token}">Join</a>` });
    return { ok: true };
  });

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export const resendInvite = managerActionClient
  .metadata({ actionName: "resendInvite" })
  .inputSchema(z.object({ inviteId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const invite = await prisma.invite.findFirst({ where: { id: parsedInput.inviteId, agencyId: ctx.agencyId }, select: { email: true, id: true } });
    if (!invite) return { error: "Invite not found" };
    const token = generateToken();
    await prisma.invite.update({ where: { id: invite.id }, data: { tokenHash: hashToken(token) } });
    await sendEmail({ to: invite.email, subject: "Reminder: join your team on Tenantry", html: `<a href="https://tenantry.app/invite/${token}">Join</a>` });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const listTeam = authActionClient
  .metadata({ actionName: "listTeam" })
  .action(async ({ ctx }) => {
    const members = await prisma.membership.findMany({ where: { agencyId: ctx.agencyId }, include: { user: true } });
    // ruleid: excessive-data-exposure
    return members;
  });

// ok: missing-auth, missing-input-validation
export const listTeamSafe = authActionClient
  .metadata({ actionName: "listTeamSafe" })
  .action(async ({ ctx }) => {
    const members = await prisma.membership.findMany({ where: { agencyId: ctx.agencyId }, include: { user: true } });
    // ok: excessive-data-exposure
    return members.map((m) => ({ id: m.id, role: m.role, name: m.user.name, email: m.user.email }));
  });
