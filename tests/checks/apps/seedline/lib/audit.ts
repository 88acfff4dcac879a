import "server-only";
import { headers } from "next/headers";
import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";

export type AuditEntry = { action: string; actorId?: string | null; coopId?: string | null; target?: string; meta?: Record<string, unknown> };

export async function auditLog(entry: AuditEntry) {
  const h = await headers();
  await prisma.auditLog.create({
    data: {
      action: entry.action,
      actorId: entry.actorId ?? null,
      coopId: entry.coopId ?? null,
      target: entry.target,
      meta: (entry.meta ?? {}) as object,
      ip: h.get("x-forwarded-for")?.split(",")[0] ?? null,
    },
  });
}

export async function logSecurityEvent(event: string, details: { userId?: string; email?: string; reason?: string }) {
  logger.warn({ event, ...details }, "security event");
  await prisma.auditLog.create({ data: { action: `security.${event}`, actorId: details.userId ?? null, meta: details } });
}
