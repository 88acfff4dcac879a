"use server";

import { z } from "zod";
import { createServerAction } from "zsa";
import { prisma } from "@/lib/db/prisma";
import { actionClient, adminActionClient } from "@/lib/safe-action";
import { requireFoundationRole } from "@/lib/guards";
import { newToken, hmacHex } from "@/lib/crypto";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createWebhookEndpoint = adminActionClient
  .metadata({ actionName: "webhook.create" })
  .inputSchema(z.object({ url: z.string().url().startsWith("https://") }))
  .action(async ({ parsedInput, ctx }) => {
    const secret = newToken();
    await prisma.webhookEndpoint.create({ data: { foundationId: ctx.foundationId, url: parsedInput.url, secret } });
    // ok: excessive-data-exposure
    return { secret };
  });

// ok: missing-input-validation
// ruleid: missing-auth
export const deleteWebhookEndpoint = actionClient
  .metadata({ actionName: "webhook.delete" })
  .inputSchema(z.object({ id: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    await prisma.webhookEndpoint.delete({ where: { id: parsedInput.id } });
    return { ok: true };
  });

// ok: missing-input-validation
// ruleid: missing-auth
export const listWebhookDeliveries = createServerAction()
  .input(z.object({ foundationId: z.string().cuid() }))
  .handler(async ({ input }) => {
    const endpoints = await prisma.webhookEndpoint.findMany({ where: { foundationId: input.foundationId }, select: { id: true, url: true } });
    return endpoints;
  });

// ok: missing-auth
// ruleid: missing-input-validation
export async function pingWebhook(foundationId: string, url: string) {
  const { foundationId: fid } = await requireFoundationRole(foundationId, ["OWNER", "ADMIN"]);
  try {
    const res = await fetch(url, { method: "POST", body: JSON.stringify({ type: "ping", foundationId: fid }) });
    return { status: res.status };
  } catch (e) {
    // ruleid: information-disclosure
    return { error: e instanceof Error ? e.message : "unknown" };
  }
}

// ok: missing-auth, missing-input-validation
export async function verifyDeliverySignature(foundationId: string, endpointId: string, payload: string, signature: string) {
  const { foundationId: fid } = await requireFoundationRole(foundationId, ["OWNER", "ADMIN"]);
  const input = z.object({ id: z.string().cuid(), payload: z.string().max(100_000), signature: z.string().max(200) }).parse({ id: endpointId, payload, signature });
  // ok: missing-authorization
  const ep = await prisma.webhookEndpoint.findFirst({ where: { id: input.id, foundationId: fid }, select: { secret: true } });
  if (!ep) return { valid: false };
  const digest = hmacHex(ep.secret, input.payload);
  // ruleid: timing-unsafe-comparison
  return { valid: digest === input.signature };
}
