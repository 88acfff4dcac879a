import "server-only";
import { db } from "./db";

export async function auditLog(actorId: string | null, action: string, target?: string, meta?: Record<string, unknown>) {
  await db
    .insertInto("audit_log")
    .values({ actor_id: actorId, action, target: target ?? null, meta: meta ? JSON.stringify(meta) : null })
    .execute();
}
