import "server-only";
import { eq } from "drizzle-orm";
import { ddb, schema } from "@/lib/db";
import { hmacSha256 } from "@/lib/crypto";
import { logger } from "@/lib/logger";

export type OutboundEvent = { type: "application.created" | "candidate.hired" | "offer.signed"; data: Record<string, unknown> };

/** Signs and delivers an event to every endpoint of a company (called from the job queue). */
export async function dispatch(companyId: string, event: OutboundEvent) {
  const endpoints = await ddb
    .select({ url: schema.webhookEndpoints.url, secret: schema.webhookEndpoints.secret, events: schema.webhookEndpoints.events })
    .from(schema.webhookEndpoints)
    .where(eq(schema.webhookEndpoints.companyId, companyId));
  const body = JSON.stringify({ ...event, sentAt: new Date().toISOString() });
  await Promise.allSettled(
    endpoints
      .filter((e) => e.events.includes(event.type))
      .map(async (e) => {
        const ts = Math.floor(Date.now() / 1000);
        const signature = hmacSha256(e.secret, `${ts}.${body}`);
        const res = await fetch(e.url, {
          method: "POST",
          headers: { "content-type": "application/json", "x-hireloop-signature": `t=${ts},v1=${signature}` },
          body,
        });
        if (!res.ok) logger.warn({ url: e.url, status: res.status }, "webhook delivery failed");
      }),
  );
}
