import { prisma } from "@/lib/db/prisma";
import { Prisma } from "@prisma/client";

export async function auditLog(entry: { orgId?: string; actorId?: string | null; action: string; target?: string; meta?: Prisma.InputJsonValue }) {
  await prisma.auditLog.create({
    data: { orgId: entry.orgId, actorId: entry.actorId ?? null, action: entry.action, target: entry.target, meta: entry.meta },
  });
}
