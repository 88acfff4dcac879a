import { db, auditEvents } from "@/lib/db";
import { logger } from "@/lib/logger";

type AuditInput = { importerId?: string | null; actorId?: string | null; action: string; target?: string; meta?: Record<string, unknown> };

// The project's audit helper: a row in audit_events plus a structured log line.
export async function logEvent(input: AuditInput) {
  await db.insert(auditEvents).values({
    importerId: input.importerId ?? null,
    actorId: input.actorId ?? null,
    action: input.action,
    target: input.target,
    meta: input.meta ?? {},
  });
  logger.info({ audit: true, ...input }, "audit event");
}
