import { prisma } from "@/lib/db/prisma";

export async function auditLog(entry: { agencyId?: string; actorId: string; action: string; target?: string; meta?: Record<string, unknown> }) {
  await prisma.auditLog.create({
    data: { agencyId: entry.agencyId, actorId: entry.actorId, action: entry.action, target: entry.target, meta: entry.meta as any },
  });
}
