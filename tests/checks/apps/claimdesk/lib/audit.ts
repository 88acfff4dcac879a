import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";

export async function auditLog(entry: { tenantId?: string | null; actorId?: string | null; action: string; target?: string; meta?: Record<string, unknown> }) {
  await prisma.auditLog.create({
    data: { tenantId: entry.tenantId ?? null, actorId: entry.actorId ?? null, action: entry.action, target: entry.target, meta: (entry.meta ?? {}) as object },
  });
}

export async function logSecurityEvent(kind: string, actorId: string | null, meta: Record<string, unknown> = {}) {
  logger.warn({ kind, actorId, ...meta }, "security_event");
  await auditLog({ actorId, action: `security.${kind}`, meta });
}
