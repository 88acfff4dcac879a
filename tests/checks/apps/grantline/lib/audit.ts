import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

export type AuditEntry = { foundationId?: string | null; actorId?: string | null; action: string; target?: string; meta?: Record<string, unknown> };

export async function auditLog(entry: AuditEntry) {
  await prisma.auditLog.create({ data: { ...entry, meta: (entry.meta ?? {}) as object } });
}

export async function logSecurityEvent(event: string, actorId: string | null, meta: Record<string, unknown> = {}) {
  logger.warn({ event, actorId, ...meta }, "security-event");
  await prisma.auditLog.create({ data: { action: `security.${event}`, actorId, meta: meta as object } });
}
