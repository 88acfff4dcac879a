import { prisma } from "@/lib/db/prisma";

export async function auditLog(actorId: string | null, action: string, target?: string, meta?: Record<string, unknown>) {
  await prisma.auditLog.create({ data: { actorId, action, target, meta: meta as object } });
}
