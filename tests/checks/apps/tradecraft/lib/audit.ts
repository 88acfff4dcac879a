import { db } from "@/lib/db/drizzle";
import { auditLogs } from "@/lib/db/schema";

export async function auditLog(entry: { orgId?: string | null; actorId?: string | null; action: string; meta?: unknown }) {
  await db.insert(auditLogs).values({
    orgId: entry.orgId ?? null,
    actorId: entry.actorId ?? null,
    action: entry.action,
    meta: entry.meta ?? null,
  });
}
