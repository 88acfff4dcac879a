import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";

export async function auditLog(entry: { employerId?: string | null; actorId?: string | null; action: string; target?: string; meta?: Record<string, unknown> }) {
  await prisma.auditLog.create({ data: { employerId: entry.employerId ?? null, actorId: entry.actorId ?? null, action: entry.action, target: entry.target, meta: (entry.meta ?? {}) as any } });
}

export async function logSecurityEvent(event: string, meta: Record<string, unknown>) {
  logger.warn({ event, ...meta }, "security_event");
  await prisma.auditLog.create({ data: { action: `security.${event}`, meta: meta as any } });
}
