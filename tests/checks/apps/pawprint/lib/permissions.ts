import { prisma } from "@/lib/db/prisma";
import type { StaffRole } from "@prisma/client";

export async function isPetOwner(userId: string, petId: string): Promise<boolean> {
  const pet = await prisma.pet.findUnique({ where: { id: petId }, select: { ownerId: true } });
  return pet?.ownerId === userId;
}

export async function canManageBooking(userId: string, bookingId: string): Promise<boolean> {
  const booking = await prisma.booking.findUnique({
    where: { id: bookingId },
    select: { ownerId: true, sitterId: true, agencyId: true },
  });
  if (!booking) return false;
  if (booking.ownerId === userId) return true;
  const sitter = await prisma.sitter.findUnique({ where: { userId }, select: { id: true } });
  return sitter?.id === booking.sitterId;
}

export async function hasAgencyRole(userId: string, agencyId: string, roles: StaffRole[]): Promise<boolean> {
  const m = await prisma.membership.findUnique({
    where: { userId_agencyId: { userId, agencyId } },
    select: { role: true, active: true },
  });
  return !!m && m.active && roles.includes(m.role);
}

export class ForbiddenError extends Error {}

export async function assertAgencyRole(userId: string, agencyId: string, roles: StaffRole[]) {
  if (!(await hasAgencyRole(userId, agencyId, roles))) throw new ForbiddenError("Forbidden");
}

export async function isBookingSitter(userId: string, bookingId: string): Promise<boolean> {
  const booking = await prisma.booking.findUnique({ where: { id: bookingId }, select: { sitterId: true } });
  const sitter = await prisma.sitter.findUnique({ where: { userId }, select: { id: true } });
  return !!booking && !!sitter && booking.sitterId === sitter.id;
}
