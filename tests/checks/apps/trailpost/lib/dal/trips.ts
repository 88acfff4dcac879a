import "server-only";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/auth/dal";

// DAL: owner-scoped reads. Callers pass ids from the URL; the org filter comes from membership.
export async function getTripForMember(tripId: string) {
  const { userId } = await verifySession();
  return prisma.trip.findFirst({
    where: { id: tripId, org: { memberships: { some: { userId } } } },
    select: { id: true, title: true, kind: true, startsAt: true, capacity: true, priceCents: true, published: true, orgId: true },
  });
}

export async function listMyBookings() {
  const { userId } = await verifySession();
  return prisma.booking.findMany({
    where: { userId },
    select: { id: true, seats: true, status: true, trip: { select: { title: true, startsAt: true } } },
    orderBy: { createdAt: "desc" },
  });
}
