import "server-only";
import { headers } from "next/headers";
import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";

type AuditEntry = {
  actorId?: string | null;
  studioId?: string | null;
  action: string;
  target?: string | null;
  metadata?: Record<string, unknown>;
};

export async function auditLog(entry: AuditEntry) {
  const h = await headers();
  await prisma.auditLog.create({
    data: {
      actorId: entry.actorId ?? null,
      studioId: entry.studioId ?? null,
      action: entry.action,
      target: entry.target ?? null,
      metadata: (entry.metadata ?? {}) as object,
      ip: h.get("x-forwarded-for")?.split(",")[0] ?? null,
    },
  });
}

export async function logSecurityEvent(type: string, details: { userId?: string | null; email?: string; reason?: string }) {
  logger.warn({ event: type, userId: details.userId, reason: details.reason }, "security event");
  await prisma.auditLog.create({
    data: { actorId: details.userId ?? null, action: `security.${type}`, metadata: { reason: details.reason ?? null } },
  });
}
