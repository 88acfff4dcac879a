import "server-only";
import { headers } from "next/headers";
import { getEm, AuditEvent } from "@/lib/db/orm";
import { logger } from "@/lib/logger";

export type AuditInput = {
  orgId?: string | null;
  actorId?: string | null;
  action: string;
  target?: string;
  meta?: Record<string, unknown>;
};

/** Appends a row to audit_events (shown in Settings → Activity) and mirrors it to the log stream. */
export async function recordEvent(input: AuditInput): Promise<void> {
  const h = await headers();
  const ip = h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null;
  const em = await getEm();
  em.create(AuditEvent, {
    orgId: input.orgId ?? undefined,
    actorId: input.actorId ?? undefined,
    action: input.action,
    target: input.target,
    meta: input.meta,
    ip: ip ?? undefined,
  });
  await em.flush();
  logger.info({ audit: true, ...input, ip }, input.action);
}
