import "server-only";
import { db, auditLogs } from "@/lib/db";
import { logger } from "@/lib/logger";

export type AuditEntry = {
  actorId: string | null;
  studioId?: string | null;
  action: string;
  target?: string;
  meta?: Record<string, unknown>;
};

export async function auditLog(entry: AuditEntry) {
  await db.insert(auditLogs).values({
    actorId: entry.actorId,
    studioId: entry.studioId ?? null,
    action: entry.action,
    target: entry.target,
    meta: entry.meta ?? null,
  });
  logger.info({ audit: entry.action, actor: entry.actorId, target: entry.target }, "audit");
}

export async function logSecurityEvent(action: string, actorId: string | null, meta?: Record<string, unknown>) {
  await auditLog({ actorId, action: `security.${action}`, meta });
}
