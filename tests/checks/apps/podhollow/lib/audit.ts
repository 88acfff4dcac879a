import { prisma } from "@/lib/db/prisma";

type Activity = { actorId?: string | null; networkId?: string | null; action: string; target?: string; meta?: Record<string, unknown> };

export async function logActivity(entry: Activity) {
  await prisma.auditEntry.create({
    data: { actorId: entry.actorId ?? null, networkId: entry.networkId ?? null, action: entry.action, target: entry.target, meta: entry.meta as object },
  });
}
