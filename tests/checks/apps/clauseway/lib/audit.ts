import "server-only";
import { db } from "@/lib/db/drizzle";
import { auditEvents } from "@/lib/db/schema";
import { logger } from "@/lib/logger";

type AuditInput = {
  actorId: string | null;
  workspaceId?: string | null;
  action: string;
  target?: string;
  meta?: Record<string, unknown>;
};

export async function auditLog(event: AuditInput) {
  await db.insert(auditEvents).values({
    actorId: event.actorId,
    workspaceId: event.workspaceId ?? null,
    action: event.action,
    target: event.target,
    meta: event.meta ?? null,
  });
}

export async function logSecurityEvent(action: string, actorId: string | null, meta?: Record<string, unknown>) {
  logger.warn({ action, actorId, ...meta }, "security event");
  await auditLog({ actorId, action, meta });
}
