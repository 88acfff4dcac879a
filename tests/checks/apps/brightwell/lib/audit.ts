import { db } from "@/lib/db";

type AuditEntry = { actorId: string; schoolId?: string | null; action: string; target?: string; meta?: Record<string, unknown> };

export const audit = {
  async record(entry: AuditEntry) {
    await db.auditLog.create({ data: { ...entry, meta: entry.meta ?? undefined } });
  },
};
