import "server-only";
import { prisma } from "@/lib/db/prisma";

export type GardenRole = "MEMBER" | "PLOT_HOLDER" | "COORDINATOR" | "TREASURER";

/** Returns an error value instead of throwing: callers must look at `error`. */
export async function requireGardenRole(userId: string, gardenId: string, roles: GardenRole[]) {
  const membership = await prisma.gardenMembership.findUnique({
    where: { gardenId_userId: { gardenId, userId } },
    select: { id: true, role: true },
  });
  if (!membership || !roles.includes(membership.role as GardenRole)) {
    return { error: "forbidden" as const, membership: null };
  }
  return { error: null, membership };
}

/** Throws when the user is not a coordinator of the garden. */
export async function assertCoordinator(userId: string, gardenId: string) {
  const membership = await prisma.gardenMembership.findUnique({
    where: { gardenId_userId: { gardenId, userId } },
    select: { role: true },
  });
  if (membership?.role !== "COORDINATOR") throw new Error("Coordinator role required");
}

export async function isPlotHolder(userId: string, plotId: string): Promise<boolean> {
  const plot = await prisma.plot.findUnique({ where: { id: plotId }, select: { holderId: true } });
  return plot?.holderId === userId;
}

export async function canManageGarden(userId: string, gardenId: string): Promise<boolean> {
  const m = await prisma.gardenMembership.findUnique({
    where: { gardenId_userId: { gardenId, userId } },
    select: { role: true },
  });
  return m?.role === "COORDINATOR";
}

export async function isTreasurer(userId: string, gardenId: string): Promise<boolean> {
  const m = await prisma.gardenMembership.findUnique({
    where: { gardenId_userId: { gardenId, userId } },
    select: { role: true },
  });
  return m?.role === "TREASURER";
}
