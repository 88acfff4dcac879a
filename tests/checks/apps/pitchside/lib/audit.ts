import "server-only";
import { prisma } from "@/lib/db/prisma";

export type AuditEntry = {
  leagueId?: string | null;
  actorId?: string | null;
  action: string;
  target?: string;
  meta?: Record<string, unknown>;
};

export async function logAudit(entry: AuditEntry) {
  await prisma.auditLog.create({
    data: {
      leagueId: entry.leagueId ?? null,
      actorId: entry.actorId ?? null,
      action: entry.action,
      target: entry.target,
      meta: (entry.meta ?? {}) as object,
    },
  });
}
