"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { ddb } from "@/lib/db/drizzle";
import { webhookEndpoints } from "@/lib/db/schema";
import { requireOrgRole } from "@/lib/permissions";
import { hmacSha256, newToken } from "@/lib/crypto";

// ok: missing-auth
// ruleid: missing-input-validation
export async function addWebhookEndpoint(orgSlug: string, url: string, events: string[]) {
  const { organizerId } = await requireOrgRole(orgSlug, ["OWNER", "ADMIN"]);
  const signingSecret = `whsec_${newToken(24)}`;
  const ping = JSON.stringify({ type: "ping", organizerId });
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-marquee-signature": hmacSha256(signingSecret, ping) },
    body: ping,
  });
  if (!res.ok) return { error: `Endpoint answered ${res.status}` };
  const id = randomUUID();
  await ddb.insert(webhookEndpoints).values({ id, organizerId, url, signingSecret, events });
  // ok: excessive-data-exposure
  return { id, signingSecret };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function sendTestEvent(orgSlug: string, endpointId: string) {
  const { organizerId } = await requireOrgRole(orgSlug, ["OWNER", "ADMIN"]);
  const id = z.string().uuid().parse(endpointId);
  // ok: missing-authorization
  const [ep] = await ddb
    .select({ url: webhookEndpoints.url, signingSecret: webhookEndpoints.signingSecret })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.organizerId, organizerId)));
  if (!ep) return { error: "Not found" };
  const body = JSON.stringify({ type: "test", sentAt: new Date().toISOString() });
  try {
    const res = await fetch(ep.url, { method: "POST", headers: { "x-marquee-signature": hmacSha256(ep.signingSecret, body) }, body });
    return { status: res.status };
  } catch (e) {
    console.error("webhook test failed", e);
    // ok: information-disclosure
    return { error: "Could not reach the endpoint." };
  }
}
