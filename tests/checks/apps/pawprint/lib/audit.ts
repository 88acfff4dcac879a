import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  agencyId?: string | null;
  target?: string | null;
  metadata?: Record<string, unknown>;
  ip?: string | null;
};

export async function auditLog(entry: AuditEntry) {
  await prisma.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      agencyId: entry.agencyId ?? null,
      target: entry.target ?? null,
      metadata: (entry.metadata ?? {}) as object,
      ip: entry.ip ?? null,
    },
  });
}

export async function logSecurityEvent(event: string, fields: { userId?: string | null; ip?: string | null; detail?: string }) {
  logger.warn(`security:${event}`, fields);
  await auditLog({ actorId: fields.userId ?? null, action: `security.${event}`, ip: fields.ip ?? null, metadata: { detail: fields.detail } });
}
