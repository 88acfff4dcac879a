import type { StaffRole } from "@prisma/client";
import { prisma } from "@/lib/db/prisma";

const RANK: Record<StaffRole, number> = {
  VIEWER: 0,
  ACCOUNTANT: 1,
  DOCK_HAND: 2,
  YARD_MANAGER: 3,
  HARBOUR_MASTER: 4,
  OWNER: 5,
};

export function hasRole(role: StaffRole, min: StaffRole) {
  return RANK[role] >= RANK[min];
}

export function assertRole(role: StaffRole, allowed: StaffRole[]) {
  if (!allowed.includes(role)) throw new Error("Forbidden");
}

/** Async: looks the berth up and checks that the user's org owns it. */
export async function canManageBerth(userId: string, berthId: string): Promise<boolean> {
  const berth = await prisma.berth.findUnique({ where: { id: berthId }, select: { marina: { select: { orgId: true } } } });
  if (!berth) return false;
  const m = await prisma.membership.findUnique({
    where: { userId_orgId: { userId, orgId: berth.marina.orgId } },
    select: { role: true },
  });
  return !!m && RANK[m.role] >= RANK.DOCK_HAND;
}

export async function isHarbourMaster(userId: string, orgId: string): Promise<boolean> {
  const m = await prisma.membership.findUnique({ where: { userId_orgId: { userId, orgId } }, select: { role: true } });
  return !!m && RANK[m.role] >= RANK.HARBOUR_MASTER;
}

export async function canViewOwner(userId: string, ownerId: string): Promise<boolean> {
  const owner = await prisma.boatOwner.findUnique({ where: { id: ownerId }, select: { orgId: true } });
  if (!owner) return false;
  const m = await prisma.membership.findUnique({ where: { userId_orgId: { userId, orgId: owner.orgId } }, select: { id: true } });
  return !!m;
}

/** Returns an error value instead of throwing — callers must check `error`. */
export async function checkOrgRole(userId: string, orgId: string, min: StaffRole): Promise<{ error?: string; role?: StaffRole }> {
  const m = await prisma.membership.findUnique({ where: { userId_orgId: { userId, orgId } }, select: { role: true } });
  if (!m) return { error: "Not a member of this organisation" };
  if (!hasRole(m.role, min)) return { error: "Insufficient role" };
  return { role: m.role };
}
