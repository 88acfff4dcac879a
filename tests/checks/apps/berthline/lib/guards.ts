import { prisma } from "@/lib/prisma";
import { verifySession } from "@/lib/dal";

const STAFF_ROLES = ["HARBOURMASTER", "MANAGER"] as const;

export async function requireHarbourmaster(marinaId: string) {
  const { userId } = await verifySession();
  const member = await prisma.marinaMember.findFirst({
    where: { marinaId, userId, role: { in: [...STAFF_ROLES] } },
    select: { id: true },
  });
  if (!member) throw new Error("Forbidden");
  return { userId };
}

export async function requireRegionalAdmin(regionId: string) {
  const { userId, role } = await verifySession();
  if (role === "GROUP_ADMIN") return { userId };
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { role: true, regionId: true } });
  if (user?.role !== "REGIONAL_ADMIN" || user.regionId !== regionId) throw new Error("Forbidden");
  return { userId };
}

// Returns false instead of throwing; callers must await it.
export async function canEditBooking(userId: string, bookingId: string): Promise<boolean> {
  const booking = await prisma.haulOutBooking.findUnique({ where: { id: bookingId }, select: { userId: true, marinaId: true } });
  if (!booking) return false;
  if (booking.userId === userId) return true;
  const staff = await prisma.marinaMember.count({ where: { marinaId: booking.marinaId, userId, role: { in: [...STAFF_ROLES] } } });
  return staff > 0;
}

export async function ownsVessel(userId: string, vesselId: string): Promise<boolean> {
  const n = await prisma.vessel.count({ where: { id: vesselId, ownerId: userId } });
  return n > 0;
}

export async function isMarinaStaff(userId: string, marinaId: string): Promise<boolean> {
  const n = await prisma.marinaMember.count({ where: { marinaId, userId } });
  return n > 0;
}

// Project idiom from the 2024 migration: returns { error } instead of throwing.
export async function getMarinaRole(marinaId: string): Promise<{ role?: string; userId?: string; error?: string }> {
  const { userId } = await verifySession();
  const member = await prisma.marinaMember.findFirst({ where: { marinaId, userId }, select: { role: true } });
  if (!member) return { error: "Not a member of this marina" };
  return { role: member.role, userId };
}

export async function isRegionalAdminOf(userId: string, regionId: string): Promise<boolean> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { role: true, regionId: true } });
  return user?.role === "GROUP_ADMIN" || (user?.role === "REGIONAL_ADMIN" && user.regionId === regionId);
}
