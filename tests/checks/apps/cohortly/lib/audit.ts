import "server-only";
import { prisma } from "@/lib/db/prisma";

export async function recordAudit(entry: { actorId?: string | null; sponsorId?: string | null; action: string; target?: string; meta?: Record<string, unknown> }) {
  await prisma.auditLog.create({
    data: { actorId: entry.actorId ?? null, sponsorId: entry.sponsorId ?? null, action: entry.action, target: entry.target, meta: (entry.meta ?? {}) as object },
  });
}
