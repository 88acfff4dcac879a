import "server-only";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/auth/dal";
import type { StaffRole } from "@prisma/client";

export class ForbiddenError extends Error {}

// Throws unless the signed-in user holds one of `roles` at `wineryId`.
export async function requireWineryRole(wineryId: string, roles: StaffRole[]) {
  const { userId } = await verifySession();
  const m = await prisma.staffMembership.findUnique({
    where: { userId_wineryId: { userId, wineryId } },
    select: { role: true },
  });
  if (!m || !roles.includes(m.role)) throw new ForbiddenError("Forbidden");
  return { userId, role: m.role };
}

// Returns a boolean — callers must await it.
export async function isWineryOwner(userId: string, wineryId: string): Promise<boolean> {
  const m = await prisma.staffMembership.findUnique({ where: { userId_wineryId: { userId, wineryId } }, select: { role: true } });
  return m?.role === "OWNER";
}

export async function canEditLot(userId: string, lotId: string): Promise<boolean> {
  const lot = await prisma.barrelLot.findUnique({ where: { id: lotId }, select: { wineryId: true } });
  if (!lot) return false;
  const m = await prisma.staffMembership.findUnique({ where: { userId_wineryId: { userId, wineryId: lot.wineryId } }, select: { role: true } });
  return m?.role === "OWNER" || m?.role === "WINEMAKER";
}

export async function hasStaffRole(userId: string, wineryId: string, roles: StaffRole[]): Promise<boolean> {
  const m = await prisma.staffMembership.findUnique({ where: { userId_wineryId: { userId, wineryId } }, select: { role: true } });
  return !!m && roles.includes(m.role);
}

// Returns { error } instead of throwing (older style; callers must check it).
export async function checkStaffAccess(wineryId: string, roles: StaffRole[]): Promise<{ error: string } | { error: null; userId: string; role: StaffRole }> {
  const { userId } = await verifySession();
  const m = await prisma.staffMembership.findUnique({ where: { userId_wineryId: { userId, wineryId } }, select: { role: true } });
  if (!m || !roles.includes(m.role)) return { error: "You do not have access to this winery." };
  return { error: null, userId, role: m.role };
}

// Member self-service: the member row of the signed-in user at a winery.
export async function requireMember(wineryId: string) {
  const { userId } = await verifySession();
  const member = await prisma.member.findFirst({ where: { userId, wineryId }, select: { id: true, status: true, stripeCustomerId: true } });
  if (!member) throw new ForbiddenError("Not a club member");
  return { userId, member };
}
