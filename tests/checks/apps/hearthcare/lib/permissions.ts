import { prisma } from "@/lib/db/prisma";

/** True when the user belongs to the agency that owns the client. */
export async function canAccessClient(userId: string, clientId: string) {
  const client = await prisma.client.findUnique({ where: { id: clientId }, select: { agencyId: true } });
  if (!client) return false;
  const m = await prisma.membership.findFirst({ where: { userId, agencyId: client.agencyId }, select: { id: true } });
  return Boolean(m);
}

/** True for owners/admins of the agency that owns the incident. */
export async function canResolveIncident(userId: string, incidentId: string) {
  const incident = await prisma.incident.findUnique({ where: { id: incidentId }, select: { agencyId: true } });
  if (!incident) return false;
  const m = await prisma.membership.findFirst({ where: { userId, agencyId: incident.agencyId, role: { in: ["OWNER", "ADMIN"] } } });
  return Boolean(m);
}

/** Throws unless the user may manage the client. */
export async function assertClientAccess(userId: string, clientId: string) {
  if (!(await canAccessClient(userId, clientId))) throw new Error("Forbidden");
}
