import "server-only";
import { db } from "@/lib/db/kysely";

type AuditInput = { actorId: string | null; action: string; target?: string | null; meta?: Record<string, unknown> };

export const audit = {
  async record({ actorId, action, target = null, meta = {} }: AuditInput) {
    await db.insertInto("auditEvents").values({ actorId, action, target, meta: JSON.stringify(meta) }).execute();
  },
};
