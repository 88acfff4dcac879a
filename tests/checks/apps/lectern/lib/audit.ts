import { prisma } from "@/lib/db/prisma";

type AuditEntry = { schoolId?: string | null; actorId?: string | null; action: string; target?: string; meta?: Record<string, unknown> };

export async function auditLog(entry: AuditEntry) {
  await prisma.auditLog.create({ data: { ...entry, meta: entry.meta as object | undefined } });
}

export const logSecurityEvent = (actorId: string, action: string, meta?: Record<string, unknown>) =>
  auditLog({ actorId, action, meta });
