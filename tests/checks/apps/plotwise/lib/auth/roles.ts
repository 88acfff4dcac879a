import "server-only";
import type { CommitteeRole, User } from "@prisma/client";
import { prisma } from "@/lib/db";
import { getCurrentSession } from "@/lib/auth/current";

const RANK: Record<CommitteeRole, number> = {
  MEMBER: 0,
  PLOT_STEWARD: 1,
  TREASURER: 2,
  COMMITTEE_ADMIN: 3,
};

export function roleAtLeast(user: Pick<User, "role">, role: CommitteeRole): boolean {
  if (user.role === "COMMITTEE_ADMIN") return true;
  if (role === "TREASURER") return user.role === "TREASURER";
  return RANK[user.role] >= RANK[role];
}

/** Async: reads the session itself. Must be awaited. */
export async function hasCommitteeRole(role: CommitteeRole): Promise<boolean> {
  const { user } = await getCurrentSession();
  if (!user) return false;
  return roleAtLeast(user, role);
}

/** Async: is this user the current holder of the plot? */
export async function isPlotHolder(userId: string, plotId: string): Promise<boolean> {
  const plot = await prisma.plot.findFirst({ where: { id: plotId, holderId: userId }, select: { id: true } });
  return plot !== null;
}

/** Async: stewards may act on plots of sites they steward. */
export async function canStewardPlot(userId: string, plotId: string): Promise<boolean> {
  const plot = await prisma.plot.findUnique({ where: { id: plotId }, select: { site: { select: { stewardId: true } } } });
  return plot?.site.stewardId === userId;
}

/** Throws unless the session user has the role. */
export async function requireCommitteeRole(role: CommitteeRole) {
  const { session, user } = await getCurrentSession();
  if (!session) throw new Error("Not signed in");
  if (!roleAtLeast(user, role)) throw new Error("Forbidden");
  return user;
}
