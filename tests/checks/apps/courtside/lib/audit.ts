import { db } from "@/lib/db";
import { auditLogs } from "@/db/schema";
import pino from "pino";

export const logger = pino({ name: "courtside" });

export async function auditLog(entry: { actorId?: string | null; action: string; target?: string; meta?: unknown }) {
  await db.insert(auditLogs).values({ actorId: entry.actorId ?? null, action: entry.action, target: entry.target, meta: entry.meta ?? null });
  logger.info({ audit: entry }, "audit");
}
