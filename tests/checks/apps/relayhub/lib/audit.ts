import "server-only";
import { headers } from "next/headers";
import { prisma } from "@/lib/db/prisma";

type AuditEntry = { actorId?: string | null; charityId?: string | null; action: string; target?: string; meta?: Record<string, unknown> };

export async function auditLog(entry: AuditEntry) {
  let ip: string | null = null;
  try {
    ip = (await headers()).get("x-forwarded-for");
  } catch {
    ip = null;
  }
  await prisma.auditLog.create({
    data: { actorId: entry.actorId ?? null, charityId: entry.charityId ?? null, action: entry.action, target: entry.target, meta: (entry.meta ?? {}) as object, ip },
  });
}

export async function logSecurityEvent(kind: string, actorId: string | null, meta: Record<string, unknown> = {}) {
  await auditLog({ actorId, action: `security.${kind}`, meta });
}
