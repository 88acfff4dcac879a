import "server-only";
import { prisma } from "@/lib/db/prisma";

export const toolPublicFields = { id: true, name: true, description: true, condition: true, available: true } as const;

export async function loadToolInGarden(toolId: string, gardenId: string) {
  return prisma.tool.findFirst({ where: { id: toolId, gardenId }, select: { id: true, gardenId: true, available: true } });
}

/** Resolves the tool's garden and the caller's membership there. */
export async function toolAccess(toolId: string, userId: string) {
  const tool = await prisma.tool.findUnique({ where: { id: toolId }, select: { id: true, gardenId: true, available: true } });
  if (!tool) return null;
  const membership = await prisma.gardenMembership.findUnique({
    where: { gardenId_userId: { gardenId: tool.gardenId, userId } },
    select: { role: true },
  });
  return membership ? { tool, role: membership.role } : null;
}
