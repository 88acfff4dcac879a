import "server-only";
import { headers } from "next/headers";
import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";

export type AuditEntry = {
  tenantId?: string | null;
  actorId?: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  metadata?: Record<string, unknown>;
};

export async function auditLog(entry: AuditEntry) {
  let ip: string | null = null;
  try {
    ip = (await headers()).get("x-forwarded-for");
  } catch {
    ip = null;
  }
  await prisma.auditLog.create({
    data: {
      tenantId: entry.tenantId ?? null,
      actorId: entry.actorId ?? null,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      metadata: (entry.metadata ?? {}) as object,
      ip,
    },
  });
}

export async function logSecurityEvent(type: string, data: { userId?: string; email?: string; ip?: string }) {
  logger.warn({ type, ...data }, "security_event");
  await prisma.securityEvent.create({ data: { type, userId: data.userId, email: data.email, ip: data.ip } });
}
