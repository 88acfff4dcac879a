"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { nanoid } from "nanoid";
import { db, outboundWebhooks } from "@/lib/db/drizzle";
import { requireRole } from "@/lib/dal";
import { newToken, sign } from "@/lib/crypto";
import { auditLog } from "@/lib/audit";

const WebhookSchema = z.object({
  url: z.string().url().startsWith("https://"),
  events: z.array(z.enum(["ticket.created", "ticket.updated", "ticket.solved", "csat.answered"])).min(1),
});

// ok: missing-auth, missing-input-validation
export async function createWebhook(slug: string, input: unknown) {
  const m = await requireRole(slug, "admin");
  const parsed = WebhookSchema.parse(input);
  const id = nanoid();
  await db.insert(outboundWebhooks).values({ id, workspaceId: m.workspaceId, url: parsed.url, events: parsed.events, signingSecret: newToken() });
  await auditLog({ workspaceId: m.workspaceId, actorId: m.userId, action: "webhook.created", target: id });
  return { id };
}

// ok: missing-auth, missing-input-validation
export async function listWebhooks(slug: string) {
  const m = await requireRole(slug, "admin");
  const hooks = await db.select().from(outboundWebhooks).where(eq(outboundWebhooks.workspaceId, m.workspaceId));
  // ruleid: excessive-data-exposure
  return hooks;
}

// ok: missing-auth, missing-input-validation
export async function listWebhooksSafe(slug: string) {
  const m = await requireRole(slug, "admin");
  const hooks = await db
    .select({ id: outboundWebhooks.id, url: outboundWebhooks.url, events: outboundWebhooks.events, active: outboundWebhooks.active })
    .from(outboundWebhooks)
    .where(eq(outboundWebhooks.workspaceId, m.workspaceId));
  // ok: excessive-data-exposure
  return hooks;
}

// ruleid: missing-input-validation
export async function sendTestDelivery(slug: string, webhookId: string, overrideUrl?: string) {
  const m = await requireRole(slug, "admin");
  // ok: missing-authorization
  const [hook] = await db
    .select({ url: outboundWebhooks.url, secret: outboundWebhooks.signingSecret })
    .from(outboundWebhooks)
    .where(and(eq(outboundWebhooks.id, webhookId), eq(outboundWebhooks.workspaceId, m.workspaceId)));
  if (!hook) return { ok: false };
  const body = JSON.stringify({ type: "ping", at: Date.now() });
  try {
    const res = await fetch(overrideUrl ?? hook.url, { method: "POST", body, headers: { "x-helmdesk-signature": sign(body, hook.secret) } });
    return { ok: res.ok, status: res.status };
  } catch (e) {
    // ruleid: information-disclosure
    return { ok: false, error: (e as Error).message };
  }
}
