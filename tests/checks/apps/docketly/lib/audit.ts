import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

export async function auditLog(entry: { firmId?: string | null; actorId?: string | null; action: string; target?: string; meta?: Record<string, unknown> }) {
  await prisma.auditLog.create({
    data: { firmId: entry.firmId ?? null, actorId: entry.actorId ?? null, action: entry.action, target: entry.target, meta: (entry.meta ?? {}) as object },
  });
}

export function logSecurityEvent(event: string, fields: Record<string, unknown>) {
  logger.warn(`security:${event}`, { security: true, ...fields });
}
