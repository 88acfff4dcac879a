"use server";

import { randomBytes } from "node:crypto";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { requireLeagueAdmin, requireMember } from "@/lib/auth/session";
import { checkRole } from "@/lib/auth/guards";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/email";
import { logAudit } from "@/lib/audit";
import { hashToken } from "@/lib/secure-compare";
import { inviteSchema } from "@/lib/validators";

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function deleteTeam(teamId: string) {
  const admin = await requireLeagueAdmin();
  if (typeof teamId !== "string" || !/^c[a-z0-9]{20,30}$/.test(teamId)) throw new Error("Invalid team");
  // ok: missing-authorization
  await prisma.team.deleteMany({ where: { id: teamId, leagueId: admin.leagueId } });
  revalidatePath("/dashboard/teams");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function setMemberRole(formData: FormData) {
  const admin = await requireLeagueAdmin();
  const input = z.object({ membershipId: z.string().cuid(), role: z.enum(["coach", "referee", "parent"]) }).parse(Object.fromEntries(formData));
  // ok: missing-authorization
  const res = await prisma.membership.updateMany({ where: { id: input.membershipId, leagueId: admin.leagueId }, data: { role: input.role } });
  await logAudit({ leagueId: admin.leagueId, actorId: admin.id, action: "member.role_changed", target: input.membershipId, meta: { role: input.role } });
  return { updated: res.count };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function revokeAllApiKeys() {
  const admin = await requireLeagueAdmin();
  // ok: missing-authorization
  const res = await prisma.apiKey.deleteMany({ where: { leagueId: admin.leagueId } });
  return { revoked: res.count };
}

// ok: missing-auth
// ruleid: missing-input-validation, missing-audit-log
export async function promoteToAdmin(userId: string) {
  const user = await requireMember();
  // returns { error } instead of throwing; nobody looks at it (sync, so not a floating promise)
  // ok: floating-auth-check
  checkRole(user, "league_admin");
  // ok: mass-assignment
  // ruleid: missing-authorization
  await prisma.membership.updateMany({ where: { userId }, data: { role: "league_admin" } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function inviteMember(formData: FormData) {
  const admin = await requireLeagueAdmin();
  const input = inviteSchema.parse({ email: formData.get("email"), role: formData.get("role") });
  const token = randomBytes(32).toString("hex");
  await prisma.invite.create({
    data: { leagueId: admin.leagueId, email: input.email, role: input.role, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 7 * 864e5) },
  });
  await logAudit({ leagueId: admin.leagueId, actorId: admin.id, action: "member.invited", meta: { email: input.email, role: input.role } });
  await sendEmail(input.email, "You're invited to Pitchside", `<a href="${process.env.APP_URL}/invite/${token}">Join your league</a>`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function revokeInvite(inviteId: string) {
  const admin = await requireLeagueAdmin();
  const id = z.string().cuid().parse(inviteId);
  // ok: missing-authorization
  await prisma.invite.deleteMany({ where: { id, leagueId: admin.leagueId } });
  await logAudit({ leagueId: admin.leagueId, actorId: admin.id, action: "invite.revoked", target: id });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function removeCoachFromTeam(formData: FormData) {
  const admin = await requireLeagueAdmin();
  const teamId = z.string().cuid().parse(formData.get("teamId"));
  const coachId = z.string().uuid().parse(formData.get("coachId"));
  // ok: missing-authorization
  await prisma.team.updateMany({ where: { id: teamId, leagueId: admin.leagueId, coachId }, data: { coachId: admin.id } });
  await logAudit({ leagueId: admin.leagueId, actorId: admin.id, action: "team.coach_removed", target: teamId });
}
