import { prisma } from "@/lib/db/prisma";

export async function createAuditLog(entry: { actorId: string; clinicId?: string | null; action: string; target?: string; meta?: object }) {
  await prisma.auditLog.create({ data: { ...entry, meta: entry.meta ?? {} } });
}
