import "server-only";
import type { Prisma } from "@prisma/client";
import { prisma } from "@/lib/db";

type SecurityEvent = {
  action: string;
  userId?: string | null;
  ip?: string;
  metadata?: Prisma.InputJsonValue;
};

export async function logSecurityEvent(event: SecurityEvent): Promise<void> {
  await prisma.auditLog.create({
    data: { action: event.action, userId: event.userId ?? null, ip: event.ip, metadata: event.metadata },
  });
}
