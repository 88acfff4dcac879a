import "server-only";
import type { Prisma } from "@prisma/client";
import { prisma } from "@/lib/db";

export async function auditLog(event: { actorId?: string | null; action: string; target?: string; meta?: Prisma.InputJsonValue }) {
  await prisma.auditEvent.create({
    data: {
      actorId: event.actorId ?? null,
      action: event.action,
      target: event.target,
      meta: event.meta,
    },
  });
}
