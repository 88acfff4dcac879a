import "server-only";
import { db } from "@/lib/db/kysely";
import { logger } from "@/lib/logger";

type AuditEntry = { festivalId?: string | null; actorId: string; action: string; target?: string; meta?: Record<string, unknown> };

export const audit = {
  async log(entry: AuditEntry) {
    await db
      .insertInto("audit_logs")
      .values({ festival_id: entry.festivalId ?? null, actor_id: entry.actorId, action: entry.action, target: entry.target ?? null, meta: JSON.stringify(entry.meta ?? {}) })
      .execute();
    logger.info({ audit: true, ...entry }, entry.action);
  },
};
