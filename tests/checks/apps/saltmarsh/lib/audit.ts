import pino from "pino";
import { db } from "@/lib/db/drizzle";
import { auditLogs } from "@/lib/db/schema";

export const logger = pino({ name: "saltmarsh" });

export async function auditLog(entry: { actorId: string | null; action: string; target?: string; meta?: unknown }) {
  await db.insert(auditLogs).values({ actorId: entry.actorId, action: entry.action, target: entry.target, meta: entry.meta ?? null });
  logger.info({ audit: entry.action, actor: entry.actorId }, "audit");
}
