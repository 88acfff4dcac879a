import { prisma } from "@/lib/db/prisma";

type AuditInput = { actorId?: string | null; coopId?: string | null; action: string; target?: string; meta?: Record<string, unknown> };

export async function auditLog(input: AuditInput) {
  await prisma.auditEvent.create({
    data: { actorId: input.actorId ?? null, coopId: input.coopId ?? null, action: input.action, target: input.target, meta: (input.meta ?? {}) as object },
  });
}

export const audit = {
  record: auditLog,
};
