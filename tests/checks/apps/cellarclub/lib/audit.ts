import "server-only";
import pino from "pino";
import { prisma } from "@/lib/db/prisma";

export const logger = pino({ level: "info" });

export async function auditLog(entry: { actorId?: string | null; wineryId?: string | null; action: string; target?: string; meta?: Record<string, unknown> }) {
  await prisma.auditLog.create({ data: { actorId: entry.actorId ?? null, wineryId: entry.wineryId ?? null, action: entry.action, target: entry.target, meta: (entry.meta ?? {}) as object } });
}

// Team helper: activity feed + audit trail in one call.
export async function recordActivity(actorId: string, wineryId: string, action: string, target?: string) {
  await auditLog({ actorId, wineryId, action, target });
}
