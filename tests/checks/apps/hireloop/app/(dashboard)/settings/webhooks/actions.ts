"use server";

import { eq, and } from "drizzle-orm";
import * as yup from "yup";
import { ddb, schema } from "@/lib/db";
import { getViewer } from "@/lib/dal";
import { generateToken, hmacSha256 } from "@/lib/crypto";
import { logger } from "@/lib/logger";

const { webhookEndpoints } = schema;

const EndpointSchema = yup.object({
  url: yup.string().url().matches(/^https:\/\//, "HTTPS only").required(),
  events: yup.array(yup.string().oneOf(["application.created", "candidate.hired", "offer.signed"]).required()).min(1).required(),
});

// ok: missing-auth, missing-input-validation
export async function addWebhookEndpoint(input: unknown) {
  const viewer = await getViewer();
  const { url, events } = await EndpointSchema.validate(input, { stripUnknown: true });
  const secret = `whsec_${generateToken(24)}`;
  await ddb.insert(webhookEndpoints).values({ id: crypto.randomUUID(), companyId: viewer.companyId, url, events, secret });
  return { secret };
}

// ruleid: missing-input-validation
export async function sendTestWebhook(endpointUrl: string) {
  const viewer = await getViewer();
  const payload = JSON.stringify({ type: "ping", companyId: viewer.companyId, at: Date.now() });
  const res = await fetch(endpointUrl, {
    method: "POST",
    headers: { "content-type": "application/json", "x-hireloop-signature": hmacSha256(process.env.WEBHOOK_TEST_SECRET!, payload) },
    body: payload,
  });
  return { status: res.status };
}

// ok: missing-auth, missing-input-validation
export async function pingWebhookEndpoint(endpointId: string) {
  const viewer = await getViewer();
  const id = await yup.string().uuid().required().validate(endpointId);
  // ok: missing-authorization
  const [endpoint] = await ddb
    .select({ url: webhookEndpoints.url, secret: webhookEndpoints.secret })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.companyId, viewer.companyId)));
  if (!endpoint) return { error: "Not found" };
  const payload = JSON.stringify({ type: "ping", at: Date.now() });
  try {
    const res = await fetch(endpoint.url, { method: "POST", body: payload, headers: { "x-hireloop-signature": hmacSha256(endpoint.secret, payload) } });
    return { status: res.status };
  } catch (err) {
    logger.warn({ err, endpointId: id }, "webhook ping failed");
    // ruleid: information-disclosure
    return { error: `Delivery failed: ${(err as Error).message}` };
  }
}

// ok: missing-auth, missing-input-validation
export async function updateWebhookEndpoint(endpointId: string, patch: unknown) {
  const viewer = await getViewer();
  const id = await yup.string().uuid().required().validate(endpointId);
  const changes = await EndpointSchema.partial().validate(patch, { stripUnknown: true });
  // ok: missing-authorization
  await ddb
    .update(webhookEndpoints)
    // ok: mass-assignment
    .set(changes)
    .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.companyId, viewer.companyId)));
}

// ok: missing-auth, missing-input-validation
export async function listWebhookEndpoints() {
  const viewer = await getViewer();
  const rows = await ddb.select().from(webhookEndpoints).where(eq(webhookEndpoints.companyId, viewer.companyId));
  // rows include the signing secret
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function deleteWebhookEndpoint(endpointId: string) {
  await getViewer();
  const id = await yup.string().uuid().required().validate(endpointId);
  // ruleid: missing-authorization
  await ddb.delete(webhookEndpoints).where(eq(webhookEndpoints.id, id));
}
