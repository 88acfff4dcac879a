import "server-only";
import { randomUUID } from "node:crypto";
import { turso } from "@/lib/db/turso";

export type AuditEvent = {
  action: string;
  actorId: string | null;
  orgId: string | null;
  target?: string | null;
  metadata?: Record<string, unknown>;
};

export async function recordAudit(event: AuditEvent): Promise<void> {
  await turso.execute({
    sql: "INSERT INTO audit_events (id, org_id, actor_id, action, target, metadata, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
    args: [
      randomUUID(),
      event.orgId,
      event.actorId,
      event.action,
      event.target ?? null,
      JSON.stringify(event.metadata ?? {}),
      new Date().toISOString(),
    ],
  });
}

// Older call sites use the table-style API.
export const auditLog = {
  insert: (event: AuditEvent) => recordAudit(event),
};
