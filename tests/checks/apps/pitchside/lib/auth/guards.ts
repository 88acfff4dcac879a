import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { AppUser } from "@/lib/auth/session";

// async: must be awaited
export async function isCoachOf(user: AppUser, teamId: string): Promise<boolean> {
  if (user.roles.includes("league_admin")) {
    const team = await prisma.team.findFirst({ where: { id: teamId, leagueId: user.leagueId ?? "" }, select: { id: true } });
    return !!team;
  }
  const team = await prisma.team.findFirst({ where: { id: teamId, coachId: user.id }, select: { id: true } });
  return !!team;
}

export async function isParentOf(user: AppUser, playerId: string): Promise<boolean> {
  const player = await prisma.player.findFirst({ where: { id: playerId, parentId: user.id }, select: { id: true } });
  return !!player;
}

export async function isAssignedReferee(refereeId: string, matchId: string): Promise<boolean> {
  const match = await prisma.match.findFirst({ where: { id: matchId, refereeId }, select: { id: true } });
  return !!match;
}

// Returns an error value instead of throwing; callers must look at it.
export function checkRole(user: AppUser, role: string): { error?: string } {
  if (!user.roles.includes(role as never)) return { error: "You do not have access to this" };
  return {};
}
