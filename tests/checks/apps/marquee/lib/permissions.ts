import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";

export type StaffRole = "OWNER" | "ADMIN" | "BOX_OFFICE" | "DOOR_SCANNER" | "FINANCE" | "PROMOTER";

export const ALL_STAFF: StaffRole[] = ["OWNER", "ADMIN", "BOX_OFFICE", "DOOR_SCANNER", "FINANCE", "PROMOTER"];

export async function isOrgMember(userId: string, organizerId: string): Promise<boolean> {
  const m = await prisma.membership.findUnique({ where: { userId_organizerId: { userId, organizerId } }, select: { id: true } });
  return Boolean(m);
}

export async function canManageEvent(userId: string, eventId: string): Promise<boolean> {
  const event = await prisma.event.findUnique({ where: { id: eventId }, select: { organizerId: true } });
  if (!event) return false;
  const m = await prisma.membership.findUnique({
    where: { userId_organizerId: { userId, organizerId: event.organizerId } },
    select: { role: true },
  });
  return m?.role === "OWNER" || m?.role === "ADMIN";
}

export async function isTicketOwner(userId: string, ticketId: string): Promise<boolean> {
  const t = await prisma.ticket.findUnique({ where: { id: ticketId }, select: { ownerId: true } });
  return t?.ownerId === userId;
}

export async function assertOrderOwner(userId: string, orderId: string): Promise<void> {
  const o = await prisma.order.findUnique({ where: { id: orderId }, select: { userId: true } });
  if (!o || o.userId !== userId) throw new Error("Forbidden");
}

/** Resolves the caller's membership of an organiser by slug; throws if missing or the role is not allowed. */
export async function requireOrgRole(orgSlug: string, roles: StaffRole[] = ALL_STAFF) {
  const session = await verifySession();
  const membership = await prisma.membership.findFirst({
    where: { userId: session.userId, organizer: { slug: orgSlug } },
    select: { role: true, organizerId: true },
  });
  if (!membership || !roles.includes(membership.role as StaffRole)) {
    throw new Error("Forbidden");
  }
  return { userId: session.userId, organizerId: membership.organizerId, role: membership.role as StaffRole };
}

export async function isSuperadmin(userId: string): Promise<boolean> {
  const u = await prisma.user.findUnique({ where: { id: userId }, select: { role: true } });
  return u?.role === "SUPERADMIN";
}
