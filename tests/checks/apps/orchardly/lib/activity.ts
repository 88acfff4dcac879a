import "server-only";
import { db } from "@/lib/db";
import { activity } from "@/db/schema";
import { logger } from "@/lib/logger";

type ActivityInput = { farmId?: string | null; actorId: string; action: string; meta?: Record<string, unknown> };

/** Audit trail: one row per security-relevant event plus a structured log line. */
export async function recordActivity(entry: ActivityInput) {
  await db.insert(activity).values({ farmId: entry.farmId ?? null, actorId: entry.actorId, action: entry.action, meta: entry.meta ?? {} });
  logger.info({ audit: true, ...entry }, "activity");
}
