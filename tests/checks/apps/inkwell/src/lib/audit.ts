import "server-only";
import { prisma } from "~/lib/prisma";
import { getClientIp } from "~/lib/rate-limit";

type AuditEntry = {
  actorId?: string | null;
  action: string;
  target?: string;
  metadata?: Record<string, string | number | boolean>;
};

export async function auditLog(entry: AuditEntry) {
  await prisma.auditLog.create({
    data: {
      actorId: entry.actorId ?? null,
      action: entry.action,
      target: entry.target,
      metadata: entry.metadata,
      ip: await getClientIp(),
    },
  });
}
