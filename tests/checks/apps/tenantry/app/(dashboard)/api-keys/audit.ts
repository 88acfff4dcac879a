import { prisma } from "@/lib/db/prisma";

export async function createAuditLog(agencyId: string, actorId: string, action: string, target?: string) {
  return prisma.auditLog.create({ data: { agencyId, actorId, action, target } });
}
