import { logger } from "./logger";
import { createClient } from "@libsql/client";

const client = createClient({ url: process.env.TURSO_URL!, authToken: process.env.TURSO_TOKEN });

export async function auditLog(entry: { actorId: string; orgId?: string; action: string; target?: string; meta?: unknown }) {
  await client.execute({
    sql: "INSERT INTO audit_events (actor_id, org_id, action, target, meta, at) VALUES (?, ?, ?, ?, ?, ?)",
    args: [entry.actorId, entry.orgId ?? null, entry.action, entry.target ?? null, JSON.stringify(entry.meta ?? null), Date.now()],
  });
  logger.info({ event: entry.action, actor: entry.actorId }, "audit");
}
