import "server-only";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

export type AuditEntry = { actorId: string | null; action: string; target?: string; metadata?: Record<string, unknown>; ip?: string };

export async function auditLog(entry: AuditEntry) {
  await prisma.auditEvent.create({
    data: { actorId: entry.actorId, action: entry.action, target: entry.target, metadata: entry.metadata as object, ip: entry.ip },
  });
  logger.info({ audit: entry.action, actor: entry.actorId }, "audit");
}
