import "server-only";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

export async function auditLog(entry: { actorId?: string; action: string; target?: string; meta?: Record<string, unknown> }) {
  await prisma.auditLog.create({ data: { actorId: entry.actorId, action: entry.action, target: entry.target, meta: entry.meta as object } });
}

export async function logSecurityEvent(action: string, actorId: string | null, meta?: Record<string, unknown>) {
  logger.warn({ action, actorId, ...meta }, "security-event");
  await auditLog({ actorId: actorId ?? undefined, action, meta });
}
