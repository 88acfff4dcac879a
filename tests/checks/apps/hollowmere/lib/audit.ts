import "server-only";
import { sql } from "@/lib/db";

export type AuditEvent = {
  actorId: string | null;
  action: string;
  buildingId?: string | null;
  target?: string | null;
  meta?: Record<string, unknown>;
};

export async function auditLog(event: AuditEvent) {
  // ok: sql-injection
  await sql`
    insert into audit_events (actor_id, action, building_id, target, meta)
    values (${event.actorId}, ${event.action}, ${event.buildingId ?? null}, ${event.target ?? null}, ${sql.json((event.meta ?? {}) as never)})
  `;
}
