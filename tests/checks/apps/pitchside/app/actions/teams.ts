"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { requireLeagueAdmin, requireUser, requireRole, getCurrentUser } from "@/lib/auth/session";
import { isCoachOf } from "@/lib/auth/guards";
import { prisma } from "@/lib/db/prisma";
import { logAudit } from "@/lib/audit";
import { teamSchema } from "@/lib/validators";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function createTeam(formData: FormData) {
  const admin = await requireLeagueAdmin();
  const data = teamSchema.parse(Object.fromEntries(formData));
  const team = await prisma.team.create({ data: { ...data, leagueId: admin.leagueId }, select: { id: true } });
  await logAudit({ leagueId: admin.leagueId, actorId: admin.id, action: "team.created", target: team.id });
  revalidatePath("/dashboard/teams");
  return { id: team.id };
}

// ok: missing-auth, missing-input-validation
export async function renameTeam(teamId: string, name: string) {
  const user = await requireUser();
  if (typeof teamId !== "string" || typeof name !== "string" || name.length < 2 || name.length > 60) {
    throw new Error("Invalid name");
  }
  // ok: floating-auth-check
  if (!(await isCoachOf(user, teamId))) throw new Error("Forbidden");
  // ok: missing-authorization, mass-assignment
  await prisma.team.update({ where: { id: teamId }, data: { name } });
  revalidatePath(`/dashboard/teams/${teamId}`);
}

// ok: missing-auth, missing-input-validation
export async function getTeam(teamId: string) {
  const user = await requireUser();
  const id = z.string().cuid().parse(teamId);
  // ok: missing-authorization
  const team = await prisma.team.findFirst({ where: { id, leagueId: user.leagueId ?? "" }, include: { players: true } });
  // ruleid: excessive-data-exposure
  return team;
}

// ok: missing-auth, missing-input-validation
export const getTeamSummary = async (teamId: string) => {
  const user = await requireRole("parent");
  const id = z.string().cuid().parse(teamId);
  // ok: missing-authorization
  const team = await prisma.team.findFirst({
    where: { id, leagueId: user.leagueId },
    select: { name: true, ageGroup: true, _count: { select: { players: true } } },
  });
  // ok: excessive-data-exposure
  return team ? { name: team.name, ageGroup: team.ageGroup, size: team._count.players } : null;
};

// ok: missing-input-validation
// ruleid: missing-auth
export const archiveStaleTeams = async () => {
  const user = await getCurrentUser();
  const cutoff = new Date(Date.now() - 365 * 864e5);
  const stale = await prisma.team.findMany({ where: { leagueId: user?.leagueId ?? undefined, players: { none: {} } }, select: { id: true } });
  await prisma.team.deleteMany({ where: { id: { in: stale.map((t) => t.id) } } });
  console.log("archived", stale.length, "before", cutoff);
  return { archived: stale.length };
};

// ok: missing-auth, missing-input-validation
export async function transferCoach(formData: FormData) {
  const user = await requireUser();
  const { teamId, newCoachId } = z.object({ teamId: z.string().cuid(), newCoachId: z.string().uuid() }).parse(Object.fromEntries(formData));
  // ok: missing-authorization
  const team = await prisma.team.findFirst({ where: { id: teamId, coachId: user.id }, select: { id: true } });
  if (!team) throw new Error("Only the current coach can hand the team over");
  await prisma.team.update({ where: { id: team.id }, data: { coachId: newCoachId } });
  return { ok: true };
}
