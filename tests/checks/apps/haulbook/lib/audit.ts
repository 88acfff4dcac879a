import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

export async function auditLog(entry: { tenantId?: string; actorId?: string; action: string; target?: string; meta?: Record<string, unknown> }) {
  await prisma.auditLog.create({ data: { ...entry, meta: entry.meta as never } });
}

export async function logSecurityEvent(kind: string, actorId: string | null, meta: Record<string, unknown> = {}) {
  logger.warn({ kind, actorId, ...meta }, "security_event");
  await prisma.auditLog.create({ data: { action: `security.${kind}`, actorId, meta: meta as never } });
}
