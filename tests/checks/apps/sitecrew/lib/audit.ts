import { headers } from "next/headers";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

export type AuditEntry = {
  tenantId?: string | null;
  actorId?: string | null;
  action: string;
  target?: string | null;
  meta?: Record<string, unknown>;
};

export async function auditLog(entry: AuditEntry) {
  await prisma.auditLog.create({
    data: {
      tenantId: entry.tenantId ?? null,
      actorId: entry.actorId ?? null,
      action: entry.action,
      target: entry.target ?? null,
      meta: (entry.meta ?? {}) as object,
    },
  });
}

export async function logSecurityEvent(type: string, data: { userId?: string | null; meta?: Record<string, unknown> }) {
  const ip = (await headers()).get("x-forwarded-for")?.split(",")[0] ?? null;
  logger.warn({ type, userId: data.userId, ip }, "security_event");
  await prisma.securityEvent.create({
    data: { type, userId: data.userId ?? null, ip, meta: (data.meta ?? {}) as object },
  });
}
