import { prisma } from "@/lib/prisma";
import { logger } from "@/lib/logger";

export type AuditEntry = { actorId?: string | null; action: string; target?: string; meta?: Record<string, unknown> };

export async function auditLog(entry: AuditEntry) {
  try {
    await prisma.auditLog.create({
      data: { actorId: entry.actorId ?? null, action: entry.action, target: entry.target, meta: (entry.meta ?? {}) as object },
    });
  } catch (err) {
    logger.error({ err, entry }, "audit write failed");
  }
}
