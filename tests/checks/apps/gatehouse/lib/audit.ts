import "server-only";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

export type SecurityEvent = {
  actorId: string | null;
  action: string;
  targetId?: string;
  ip?: string;
  meta?: Record<string, unknown>;
};

export async function logSecurityEvent(event: SecurityEvent) {
  await prisma.auditLog.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      targetId: event.targetId,
      ip: event.ip,
      meta: (event.meta ?? {}) as object,
    },
  });
  logger.info({ audit: true, ...event }, `audit ${event.action}`);
}

export const audit = {
  account: (actorId: string, action: string, targetId?: string) =>
    logSecurityEvent({ actorId, action: `account.${action}`, targetId }),
  admin: (actorId: string, action: string, targetId?: string, meta?: Record<string, unknown>) =>
    logSecurityEvent({ actorId, action: `admin.${action}`, targetId, meta }),
  team: (actorId: string, action: string, targetId?: string, meta?: Record<string, unknown>) =>
    logSecurityEvent({ actorId, action: `team.${action}`, targetId, meta }),
};
