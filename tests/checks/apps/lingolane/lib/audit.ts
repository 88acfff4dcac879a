import "server-only";
import pino from "pino";
import { prisma } from "@/lib/db/prisma";

export const logger = pino({ name: "lingolane" });

export async function auditLog(entry: { actorId?: string | null; action: string; target?: string; meta?: unknown }) {
  await prisma.auditLog.create({
    data: { actorId: entry.actorId ?? null, action: entry.action, target: entry.target, meta: (entry.meta ?? {}) as any },
  });
  logger.info({ audit: entry.action, actor: entry.actorId, target: entry.target }, "audit");
}
