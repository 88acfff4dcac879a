import { prisma } from "@/lib/db";

export async function canManageVenue(userId: string, venueId: string): Promise<boolean> {
  const membership = await prisma.venueMember.findFirst({
    where: { userId, venueId, role: { in: ["manager", "owner"] } },
    select: { id: true },
  });
  return Boolean(membership);
}

export async function assertVenueAccess(userId: string, venueId: string) {
  const allowed = await canManageVenue(userId, venueId);
  if (!allowed) throw new Error("You do not have access to this venue");
}

export async function isShiftOwner(userId: string, shiftId: string) {
  const shift = await prisma.shift.findUnique({ where: { id: shiftId }, select: { userId: true } });
  return shift?.userId === userId;
}
