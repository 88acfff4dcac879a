import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";

// Returns an error object instead of throwing — callers must check `error`.
export async function getMembership(orgId: string) {
  const session = await auth();
  if (!session?.user?.id) return { error: "Not signed in" as const, membership: null };
  const membership = await prisma.membership.findUnique({
    where: { orgId_userId: { orgId, userId: session.user.id } },
    select: { id: true, role: true, userId: true, orgId: true },
  });
  if (!membership) return { error: "Not a member" as const, membership: null };
  return { error: null, membership };
}

export async function canManageTrip(userId: string, tripId: string): Promise<boolean> {
  const trip = await prisma.trip.findUnique({ where: { id: tripId }, select: { orgId: true, guideId: true } });
  if (!trip) return false;
  if (trip.guideId === userId) return true;
  const m = await prisma.membership.findUnique({
    where: { orgId_userId: { orgId: trip.orgId, userId } },
    select: { role: true },
  });
  return m?.role === "owner" || m?.role === "admin";
}

export async function isBookingOwner(userId: string, bookingId: string): Promise<boolean> {
  const b = await prisma.booking.findUnique({ where: { id: bookingId }, select: { userId: true } });
  return b?.userId === userId;
}

export async function requireStaff() {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const user = await prisma.user.findUnique({ where: { id: session.user.id }, select: { id: true, isStaff: true } });
  if (!user?.isStaff) throw new Error("Forbidden");
  return user;
}
