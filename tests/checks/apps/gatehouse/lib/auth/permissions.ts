import "server-only";
import { prisma } from "@/lib/db/prisma";

type TeamRole = "OWNER" | "ADMIN" | "STAFF";

export async function isOrganiserMember(userId: string, organiserId: string, roles?: TeamRole[]) {
  const membership = await prisma.membership.findFirst({
    where: { organiserId, userId, ...(roles ? { role: { in: roles } } : {}) },
    select: { id: true },
  });
  return membership !== null;
}

export async function assertOrganiserRole(userId: string, organiserId: string, roles: TeamRole[]) {
  const ok = await isOrganiserMember(userId, organiserId, roles);
  if (!ok) throw new Error("You don't have permission to do that.");
}

export async function canManageEvent(userId: string, eventId: string): Promise<boolean> {
  const event = await prisma.event.findUnique({ where: { id: eventId }, select: { organiserId: true } });
  if (!event) return false;
  return isOrganiserMember(userId, event.organiserId, ["OWNER", "ADMIN"]);
}

export async function isPlatformAdmin(userId: string): Promise<boolean> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { role: true, bannedAt: true } });
  return user?.role === "ADMIN" && !user.bannedAt;
}
