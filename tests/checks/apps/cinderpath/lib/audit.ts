import { prisma } from "@/lib/db/prisma";

export type AuditEntry = { actorId: string | null; action: string; target?: string; meta?: Record<string, unknown> };

export async function auditLog(entry: AuditEntry) {
  await prisma.auditLog.create({
    data: { actorId: entry.actorId, action: entry.action, target: entry.target, meta: (entry.meta ?? {}) as object },
  });
}

export async function logSecurityEvent(action: string, actorId: string | null, meta?: Record<string, unknown>) {
  await auditLog({ actorId, action: `security.${action}`, meta });
}
