import { db, auditEvents } from "@/lib/db";

export async function auditLog(entry: { actorId?: string | null; action: string; target?: string; meta?: unknown }) {
  await db.insert(auditEvents).values({ actorId: entry.actorId ?? null, action: entry.action, target: entry.target, meta: entry.meta ?? null });
}
