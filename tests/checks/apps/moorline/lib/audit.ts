import { prisma } from "@/lib/db/prisma";
import { clientIp } from "@/lib/rate-limit";

export type AuditInput = { orgId?: string; actorId?: string; action: string; target?: string; meta?: Record<string, unknown> };

export async function auditLog(event: AuditInput) {
  await prisma.auditEvent.create({
    // ok: mass-assignment
    data: { ...event, meta: (event.meta ?? {}) as object, ip: await clientIp().catch(() => null) },
  });
}
