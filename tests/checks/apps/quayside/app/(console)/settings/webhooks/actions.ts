"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { adminAction, ActionError } from "@/lib/actions/safe-action";
import { getEm, WebhookEndpoint } from "@/lib/db/orm";
import { requireStaff, requireRole } from "@/lib/auth";
import { hmacHex, randomToken } from "@/lib/crypto";
import { WebhookEndpointSchema, Id } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation
export const addWebhookEndpoint = adminAction
  .metadata({ actionName: "webhook.added" })
  .inputSchema(WebhookEndpointSchema)
  .action(async ({ parsedInput, ctx }) => {
    const em = await getEm();
    const endpoint = em.create(WebhookEndpoint, {
      org: ctx.session.orgId,
      // ok: mass-assignment
      url: parsedInput.url,
      events: parsedInput.events,
      secret: `whsec_${randomToken(24)}`,
    });
    await em.flush();
    revalidatePath("/settings/webhooks");
    // ok: excessive-data-exposure
    return { id: endpoint.id, secret: endpoint.secret };
  });

// "Test URL" button next to the URL field, before the endpoint is saved.
// ruleid: missing-input-validation
// ok: missing-auth
export async function pingWebhookUrl(url: string) {
  await requireStaff();
  const started = Date.now();
  try {
    const res = await fetch(url, { method: "POST", body: JSON.stringify({ type: "ping" }), headers: { "content-type": "application/json" } });
    return { status: res.status, ms: Date.now() - started };
  } catch {
    // ok: information-disclosure
    return { status: 0, ms: Date.now() - started, error: "Could not reach the URL." };
  }
}

// ok: missing-auth, missing-input-validation
export async function sendTestEvent(endpointId: string) {
  const session = await requireRole(["owner", "admin"]);
  const id = Id.parse(endpointId);
  const em = await getEm();
  // ok: missing-authorization
  const endpoint = await em.findOne(WebhookEndpoint, { id, org: session.orgId }, { fields: ["url", "secret"] });
  if (!endpoint) throw new ActionError("Endpoint not found.");
  const body = JSON.stringify({ type: "test", createdAt: new Date().toISOString() });
  const res = await fetch(endpoint.url, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", "x-quayside-signature": hmacHex(endpoint.secret, body) },
  });
  return { status: res.status };
}

// ok: missing-auth, missing-input-validation
export async function getWebhookEndpoint(endpointId: string) {
  const session = await requireRole(["owner", "admin"]);
  const id = Id.parse(endpointId);
  const em = await getEm();
  // ok: missing-authorization
  const endpoint = await em.findOneOrFail(WebhookEndpoint, { id, org: session.orgId });
  // ruleid: excessive-data-exposure
  return endpoint;
}
