import { db } from "@/lib/db";
import { logger } from "@/lib/logger";

export type AuditEvent = {
  action: string;
  actorId?: string | null;
  companyId?: string | null;
  target?: string | null;
  meta?: Record<string, unknown>;
};

export async function auditLog(event: AuditEvent): Promise<void> {
  try {
    await db.auditLog.create({
      data: {
        action: event.action,
        actorId: event.actorId ?? null,
        companyId: event.companyId ?? null,
        target: event.target ?? null,
        meta: (event.meta ?? {}) as object,
      },
    });
  } catch (err) {
    logger.error({ err, event }, "audit write failed");
  }
}

export const logSecurityEvent = (action: string, actorId: string | null, meta?: Record<string, unknown>) =>
  auditLog({ action, actorId, meta });
