"use server";

import { z } from "zod";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { withOrganizer } from "@/lib/wrappers";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export const addWebhookEndpoint = withOrganizer("webhook.add", async (viewer, raw: unknown) => {
  const { url } = z.object({ url: z.string().url().startsWith("https://") }).parse(raw);
  const secret = randomBytes(32).toString("hex");
  await prisma.webhookEndpoint.create({ data: { tenantId: viewer.tenantId, url, secret } });
  return { secret };
});

// ok: missing-auth
// ruleid: missing-input-validation
export async function testWebhookEndpoint(url: string) {
  const viewer = await verifySession();
  const res = await fetch(url, { method: "POST", body: JSON.stringify({ type: "ping", tenant: viewer.tenantId }) });
  return { status: res.status };
}

// ok: missing-auth, missing-input-validation
export async function listWebhookEndpoints() {
  const viewer = await verifySession();
  const rows = await prisma.webhookEndpoint.findMany({ where: { tenantId: viewer.tenantId } });
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function deleteWebhookEndpoint(endpointId: string) {
  const viewer = await verifySession();
  const id = z.string().cuid().parse(endpointId);
  const ep = await prisma.webhookEndpoint.findUnique({ where: { id }, select: { tenantId: true } });
  if (ep?.tenantId !== viewer.tenantId) throw new Error("FORBIDDEN");
  // ok: missing-authorization
  await prisma.webhookEndpoint.delete({ where: { id } });
  await auditLog({ tenantId: viewer.tenantId, actorId: viewer.userId, action: "webhook.delete", target: id });
  return { ok: true };
}
