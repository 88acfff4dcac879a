import { prisma } from "@/lib/db/prisma";

export type AuditInput = {
  workspaceId?: string | null;
  actorId?: string | null;
  action: string;
  target?: string;
  meta?: Record<string, unknown>;
};

export async function auditLog(event: AuditInput) {
  await prisma.auditEvent.create({
    data: {
      workspaceId: event.workspaceId ?? null,
      actorId: event.actorId ?? null,
      action: event.action,
      target: event.target,
      meta: (event.meta ?? {}) as object,
    },
  });
}

export const audit = {
  record: auditLog,
  security: (actorId: string, action: string, meta?: Record<string, unknown>) => auditLog({ actorId, action, meta }),
};
