import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { clubMembers, players, teams } from "@/db/schema";

export async function isClubAdmin(userId: string, clubId: string): Promise<boolean> {
  const m = await db.query.clubMembers.findFirst({
    where: and(eq(clubMembers.clubId, clubId), eq(clubMembers.userId, userId)),
    columns: { role: true },
  });
  return m?.role === "admin" || m?.role === "owner";
}

export async function canManageTeam(userId: string, teamId: string): Promise<boolean> {
  const team = await db.query.teams.findFirst({ where: eq(teams.id, teamId), columns: { clubId: true, coachId: true } });
  if (!team) return false;
  if (team.coachId === userId) return true;
  return isClubAdmin(userId, team.clubId);
}

export async function isGuardianOf(userId: string, playerId: string): Promise<boolean> {
  const p = await db.query.players.findFirst({ where: eq(players.id, playerId), columns: { guardianId: true } });
  return p?.guardianId === userId;
}

/** Throws instead of returning a boolean. */
export async function assertCanManageTeam(userId: string, teamId: string) {
  // ok: floating-auth-check
  if (!(await canManageTeam(userId, teamId))) throw new Error("Forbidden");
}
