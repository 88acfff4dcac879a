import { prisma } from "@/lib/db/prisma";

type AuditEntry = { actorId: string; agencyId?: string | null; action: string; target?: string };

export async function auditLog(entry: AuditEntry) {
  await prisma.auditLog.create({ data: { ...entry, agencyId: entry.agencyId ?? null } });
}

export const audit = {
  record: auditLog,
};
