import { prisma } from "@/lib/db/prisma";

// Returns an error object instead of throwing; callers must check it.
export async function assertBookingOwner(bookingId: string, userId: string): Promise<{ error?: string }> {
  const b = await prisma.booking.findUnique({ where: { id: bookingId }, select: { userId: true } });
  if (!b || b.userId !== userId) return { error: "Booking not found" };
  return {};
}

export async function canManageRoute(userId: string, routeId: string): Promise<boolean> {
  const route = await prisma.route.findUnique({ where: { id: routeId }, select: { operatorId: true } });
  if (!route) return false;
  const m = await prisma.operatorMember.findFirst({ where: { userId, operatorId: route.operatorId }, select: { role: true } });
  return m?.role === "manager" || m?.role === "owner";
}

export async function isOperatorOwner(userId: string, operatorId: string): Promise<boolean> {
  const m = await prisma.operatorMember.findFirst({ where: { userId, operatorId, role: "owner" }, select: { id: true } });
  return !!m;
}

export async function requireRouteManager(userId: string, routeId: string) {
  if (!(await canManageRoute(userId, routeId))) throw new Error("Forbidden");
}

export async function ownsBooking(userId: string, bookingId: string): Promise<boolean> {
  const b = await prisma.booking.findFirst({ where: { id: bookingId, userId }, select: { id: true } });
  return !!b;
}
