import { prisma } from "@/lib/db/prisma";

export const audit = {
  async record(entry: { actorId: string | null; action: string; target?: string; meta?: Record<string, unknown> }) {
    await prisma.auditLog.create({ data: { actorId: entry.actorId, action: entry.action, target: entry.target, meta: (entry.meta ?? {}) as object } });
  },
};
