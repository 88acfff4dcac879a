import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

export type AuditEntry = {
  action: string;
  actorId?: string | null;
  organizerId?: string | null;
  target?: string | null;
  metadata?: Record<string, unknown>;
};

export async function auditLog(entry: AuditEntry) {
  await prisma.auditLog.create({
    data: {
      action: entry.action,
      actorId: entry.actorId ?? null,
      organizerId: entry.organizerId ?? null,
      target: entry.target ?? null,
      metadata: (entry.metadata ?? {}) as object,
    },
  });
}

export async function logSecurityEvent(kind: string, details: Record<string, unknown>) {
  logger.warn({ kind, ...details }, "security_event");
  await auditLog({ action: `security.${kind}`, actorId: (details.userId as string) ?? null, metadata: details });
}
