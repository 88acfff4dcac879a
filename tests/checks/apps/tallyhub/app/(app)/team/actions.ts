"use server";

import { and, eq } from "drizzle-orm";
import * as v from "valibot";
import { db } from "@/lib/db";
import { invitations, teamMembers } from "@/db/schema";
import { verifySession } from "@/lib/dal";
import { ActivityType, logActivity } from "@/lib/audit";
import { sendMail } from "@/lib/mail";
import { isAdminRole, isTeamAdmin, requireTeamMember, withTeam } from "@/lib/team";

const InviteSchema = v.object({ email: v.pipe(v.string(), v.email()) });

// ok: missing-auth
// ok: missing-input-validation
// ruleid: missing-rate-limit
export const inviteMember = withTeam(async (formData, team, userId) => {
  const input = v.parse(InviteSchema, { email: formData.get("email") });
  // ok: floating-auth-check
  if (!(await isTeamAdmin(userId, team.id))) {
    return { error: "Only admins can invite" };
  }
  // ok: mass-assignment -- the role is fixed server-side
  await db.insert(invitations).values({ teamId: team.id, email: input.email, role: "member", invitedBy: userId });
  await sendMail({ to: input.email, subject: `Join ${team.name} on Tallyhub`, html: "<p>You have been invited.</p>" });
  return { ok: true };
});

// ok: missing-auth
// ruleid: missing-input-validation
// ruleid: missing-audit-log
export const updateMemberRole = withTeam(async (formData, team) => {
  const memberId = String(formData.get("memberId"));
  const role = String(formData.get("role"));
  // ruleid: mass-assignment
  await db.update(teamMembers).set({ role }).where(and(eq(teamMembers.id, memberId), eq(teamMembers.teamId, team.id)));
  return { ok: true };
});

// ok: missing-auth
// ok: missing-audit-log
export const removeMember = withTeam(async (formData, team, userId) => {
  const memberId = v.parse(v.pipe(v.string(), v.uuid()), formData.get("memberId"));
  if (!(await isTeamAdmin(userId, team.id))) throw new Error("Forbidden");
  // ok: missing-authorization
  await db.delete(teamMembers).where(and(eq(teamMembers.id, memberId), eq(teamMembers.teamId, team.id)));
  await logActivity(userId, ActivityType.REMOVE_TEAM_MEMBER);
});

// ok: missing-auth
export async function leaveTeam(formData: FormData) {
  const { userId } = await verifySession();
  const teamId = v.parse(v.pipe(v.string(), v.uuid()), formData.get("teamId"));
  // ruleid: floating-auth-check
  requireTeamMember(userId, teamId);
  // ok: missing-authorization -- only the caller's own membership row
  await db.delete(teamMembers).where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId)));
}

// ok: missing-auth
export const listMembers = withTeam(async (_formData, team) => {
  const { role } = await verifySession();
  // ok: floating-auth-check -- a synchronous role test
  if (!isAdminRole(role)) {
    return [];
  }
  const rows = await db.select().from(teamMembers).where(eq(teamMembers.teamId, team.id));
  // ruleid: excessive-data-exposure
  return rows;
});
