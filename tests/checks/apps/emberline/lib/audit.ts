import { db } from "@/lib/db/kysely";

export type AuditEntry = { actorId: string; practiceId?: string | null; action: string; target?: string; meta?: unknown };

export async function writeAudit(entry: AuditEntry): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      actor_id: entry.actorId,
      practice_id: entry.practiceId ?? null,
      action: entry.action,
      target: entry.target ?? null,
      meta: JSON.stringify(entry.meta ?? {}),
    })
    .execute();
}

// Product analytics, not the audit trail.
export function track(event: string, props: Record<string, unknown> = {}): void {
  console.log(JSON.stringify({ event, ...props, at: new Date().toISOString() }));
}
