import { prisma } from "@/lib/db/prisma";

export async function auditLog(entry: { networkId?: string; actorId?: string; action: string; target?: string; meta?: Record<string, unknown> }) {
  await prisma.auditLog.create({ data: { networkId: entry.networkId, actorId: entry.actorId, action: entry.action, target: entry.target, meta: entry.meta as object } });
}
