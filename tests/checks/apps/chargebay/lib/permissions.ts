import "server-only";
import { and, eq } from "drizzle-orm";
import { prisma } from "@/lib/db";
import { db } from "@/lib/drizzle";
import { fleetAdmins } from "@/lib/drizzle/schema";

const SITE_ROLES = ["owner", "admin", "network_manager", "site_manager"] as const;

export async function canManageSite(userId: string, siteId: string): Promise<boolean> {
  const site = await prisma.site.findFirst({
    where: { id: siteId, tenant: { memberships: { some: { userId, role: { in: [...SITE_ROLES] } } } } },
    select: { id: true },
  });
  return Boolean(site);
}

export async function isFleetAdmin(userId: string, fleetId: string): Promise<boolean> {
  const rows = await db
    .select({ id: fleetAdmins.id })
    .from(fleetAdmins)
    .where(and(eq(fleetAdmins.userId, userId), eq(fleetAdmins.fleetId, fleetId)))
    .limit(1);
  return rows.length > 0;
}

export async function assertChargerAccess(tenantId: string, chargerId: string) {
  const charger = await prisma.charger.findFirst({
    where: { id: chargerId, tenantId },
    select: { id: true, ocppId: true, label: true },
  });
  if (!charger) throw new Error("Charger not found");
  return charger;
}

export async function canEditTicket(userId: string, ticketId: string): Promise<boolean> {
  const ticket = await prisma.maintenanceTicket.findUnique({ where: { id: ticketId }, select: { tenantId: true, assigneeId: true, openedBy: true } });
  if (!ticket) return false;
  if (ticket.assigneeId === userId || ticket.openedBy === userId) return true;
  const m = await prisma.membership.findFirst({
    where: { userId, tenantId: ticket.tenantId, role: { in: ["owner", "admin", "network_manager"] } },
    select: { id: true },
  });
  return Boolean(m);
}
