import "server-only";
import { billingDb } from "@/lib/drizzle/client";
import { auditEvents } from "@/lib/drizzle/schema";
import { logger } from "@/lib/logger";

export type ActivityEvent = {
  workspaceId?: string | null;
  actorId?: string | null;
  action: string;
  target?: string | null;
  meta?: Record<string, unknown>;
};

/** Writes to the audit_events table and mirrors the event to the structured log. */
export async function logActivity(event: ActivityEvent) {
  await billingDb.insert(auditEvents).values({
    workspaceId: event.workspaceId ?? null,
    actorId: event.actorId ?? null,
    action: event.action,
    target: event.target ?? null,
    meta: event.meta ?? null,
    createdAt: new Date(),
  });
  logger.info({ msg: "audit", ...event });
}
