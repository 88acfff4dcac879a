import { prisma } from "@/lib/db";

type AuditEvent = {
  actorId?: string | null;
  action: string;
  target?: string;
  meta?: Record<string, unknown>;
};

export async function logAuditEvent(event: AuditEvent) {
  await prisma.auditLog.create({
    data: { actorId: event.actorId ?? null, action: event.action, target: event.target, meta: event.meta as object },
  });
}

export const audit = {
  record: logAuditEvent,
  async security(actorId: string | null, action: string, target?: string) {
    await logAuditEvent({ actorId, action, target, meta: { security: true } });
  },
};
