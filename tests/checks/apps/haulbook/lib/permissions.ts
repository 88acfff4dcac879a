import { prisma } from "@/lib/db/prisma";
import type { Viewer } from "@/lib/dal";

// all of these are async: callers must await them
export async function isLoadOwner(loadId: string, tenantId: string): Promise<boolean> {
  const load = await prisma.load.findFirst({ where: { id: loadId, tenantId }, select: { id: true } });
  return load !== null;
}

export async function canEditLoad(viewer: Viewer, loadId: string): Promise<boolean> {
  if (viewer.role === "VIEWER" || viewer.role === "BILLING") return false;
  return isLoadOwner(loadId, viewer.tenantId);
}

export async function isAssignedCarrier(loadId: string, carrierTenantId: string): Promise<boolean> {
  const load = await prisma.load.findUnique({ where: { id: loadId }, select: { carrierId: true } });
  return load?.carrierId === carrierTenantId;
}

export async function hasRole(viewer: Viewer, roles: Viewer["role"][]): Promise<boolean> {
  return roles.includes(viewer.role);
}

export async function assertCanManageBilling(viewer: Viewer) {
  if (viewer.role !== "OWNER" && viewer.role !== "BILLING" && viewer.role !== "ADMIN") {
    throw new Error("FORBIDDEN");
  }
}
