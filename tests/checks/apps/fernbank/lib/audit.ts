import "server-only";
import { prisma } from "@/lib/db/prisma";

export type AuditEvent = {
  actorId: string | null;
  action: string;
  target?: string;
  meta?: Record<string, unknown>;
};

export async function auditLog(event: AuditEvent) {
  await prisma.auditLog.create({
    data: { actorId: event.actorId, action: event.action, target: event.target, meta: event.meta as object },
  });
}
