import "server-only";
import { headers } from "next/headers";
import { db } from "@/db";
import { auditEvents } from "@/db/schema";

type AuditInput = { actorId: string | null; action: string; target?: string; meta?: Record<string, unknown> };

async function write(evt: AuditInput) {
  const h = await headers();
  await db.insert(auditEvents).values({
    actorId: evt.actorId,
    action: evt.action,
    target: evt.target ?? null,
    meta: evt.meta ?? null,
    ip: h.get("x-forwarded-for")?.split(",")[0] ?? null,
  });
}

export const audit = {
  record: write,
  async security(evt: AuditInput) {
    await write({ ...evt, action: `security.${evt.action}` });
  },
};

export async function logSecurityEvent(action: string, actorId: string | null, meta?: Record<string, unknown>) {
  await write({ actorId, action, meta });
}
