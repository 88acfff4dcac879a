"use server";

import type { Prisma } from "@prisma/client";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { logSecurityEvent } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { sendEmail } from "@/lib/mail";
import { withAuth } from "@/lib/with-auth";
import { inviteSchema, memberRoleSchema } from "@/lib/validations";

// withAuth (lib/with-auth.ts) authenticates; the admin check and team scope are here.
// Sends an email per call, with no rate limit: an admin account can spam any address.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const inviteMember = withAuth(async (user, formData: FormData) => {
  const parsed = inviteSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) return { error: "Enter a valid email address." };
  if (user.role !== "ADMIN" || !user.teamId) return { error: "Only team admins can invite members." };

  // ok: missing-authorization
  const invitation = await prisma.invitation.create({
    data: { email: parsed.data.email, teamId: user.teamId, invitedById: user.id },
    select: { token: true },
  });
  // ok: missing-authorization
  await sendEmail({
    to: parsed.data.email,
    subject: "You have been invited to Acme Notes",
    html: `<a href="${process.env.APP_URL}/invite/${invitation.token}">Join the team</a>`,
  });
  return { success: true };
});

// Role check, team-scoped write, audit log: a legitimate admin action.
// ok: missing-auth, missing-audit-log, missing-input-validation
export const changeMemberRole = withAuth(async (user, formData: FormData) => {
  if (user.role !== "ADMIN" || !user.teamId) throw new Error("Forbidden");
  const { memberId, role } = memberRoleSchema.parse({ memberId: formData.get("memberId"), role: formData.get("role") });

  // ok: mass-assignment, missing-authorization
  const { count } = await prisma.user.updateMany({ where: { id: memberId, teamId: user.teamId }, data: { role } });
  // Admin-only and scoped to the admin's own team: not an account-existence oracle.
  // ok: information-disclosure
  if (count === 0) return { error: "Member not found." };
  await logSecurityEvent({ action: "member.role_changed", userId: user.id, metadata: { memberId, role } });
  revalidatePath("/team");
  return { success: true };
});

// ok: missing-auth, missing-audit-log, missing-input-validation
export const removeMember = withAuth(async (user, memberId: string) => {
  if (user.role !== "ADMIN" || !user.teamId) throw new Error("Forbidden");
  const id = z.string().cuid().parse(memberId);

  // ok: missing-authorization
  await prisma.user.updateMany({ where: { id, teamId: user.teamId }, data: { teamId: null } });
  await logSecurityEvent({ action: "member.removed", userId: user.id, metadata: { memberId: id } });
  revalidatePath("/team");
});

// The whole form goes into the team row: a crafted field `plan=ENTERPRISE` sticks.
// ok: missing-auth
// ruleid: missing-input-validation
export const updateTeamBranding = withAuth(async (user, formData: FormData) => {
  if (!user.teamId) throw new Error("You are not in a team.");
  // ok: missing-authorization
  // ruleid: mass-assignment
  await prisma.team.update({ where: { id: user.teamId }, data: Object.fromEntries(formData) as Prisma.TeamUpdateInput });
  revalidatePath("/team");
});
