import { prisma } from "@/lib/db/prisma";

type AuditEntry = { agencyId?: string | null; actorId?: string | null; action: string; target?: string; meta?: Record<string, unknown> };

export async function auditLog(entry: AuditEntry) {
  await prisma.auditLog.create({
    data: {
      agencyId: entry.agencyId ?? null,
      actorId: entry.actorId ?? null,
      action: entry.action,
      target: entry.target,
      meta: (entry.meta ?? {}) as object,
    },
  });
}

export async function logSecurityEvent(action: string, actorId: string | null, meta?: Record<string, unknown>) {
  return auditLog({ action: `security.${action}`, actorId, meta });
}
