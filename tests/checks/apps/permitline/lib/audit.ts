import { headers } from "next/headers";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

export type AuditEntry = {
  action: string;
  actorId?: string | null;
  municipalityId?: string | null;
  target?: string | null;
  meta?: Record<string, unknown>;
};

export async function auditLog(entry: AuditEntry) {
  const h = await headers();
  await prisma.auditLog.create({
    data: {
      action: entry.action,
      actorId: entry.actorId ?? null,
      municipalityId: entry.municipalityId ?? null,
      target: entry.target ?? null,
      meta: (entry.meta ?? {}) as object,
      ip: h.get("x-forwarded-for"),
    },
  });
}

export async function logSecurityEvent(event: string, fields: Record<string, unknown>) {
  logger.warn(`security:${event}`, fields);
  await prisma.auditLog.create({ data: { action: `security.${event}`, meta: fields as object } });
}
