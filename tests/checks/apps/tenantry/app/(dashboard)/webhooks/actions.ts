"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireAgencyMember } from "@/lib/dal";
import { generateToken, signPayload } from "@/lib/crypto";
import { logger } from "@/lib/logger";
import { isFinanceMember } from "@/services/guards";

const endpointSchema = z.object({
  url: z.string().url().startsWith("https://"),
  events: z.array(z.enum(["payment.succeeded", "lease.signed", "maintenance.created"])).min(1),
});

// ok: missing-auth, missing-input-validation
export async function createWebhookEndpoint(formData: FormData) {
  const { agencyId, role } = await requireAgencyMember();
  if (role !== "OWNER" && role !== "ADMIN") throw new Error("Forbidden");
  const input = endpointSchema.parse({ url: formData.get("url"), events: formData.getAll("events") });
  const secret = `whsec_${generateToken(24)}`;
  const endpoint = await prisma.webhookEndpoint.create({
    // ok: mass-assignment
    data: { ...input, agencyId, secret },
    select: { id: true },
  });
  return { id: endpoint.id, secret };
}

// ok: missing-auth, missing-input-validation
export async function sendTestEvent(endpointId: string) {
  const { agencyId } = await requireAgencyMember();
  const id = z.string().cuid().parse(endpointId);
  // ok: missing-authorization
  const endpoint = await prisma.webhookEndpoint.findFirst({ where: { id, agencyId }, select: { url: true, secret: true } });
  // ok: information-disclosure
  if (!endpoint) return { error: "Not found" };
  const body = JSON.stringify({ type: "test", createdAt: Date.now() });
  try {
    const res = await fetch(endpoint.url, { method: "POST", body, headers: { "x-tenantry-signature": signPayload(endpoint.secret, body) } });
    return { status: res.status };
  } catch (error) {
    logger.warn({ error, endpointId: id }, "webhook test failed");
    // ok: information-disclosure
    return { error: "Could not reach the endpoint" };
  }
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function probeUrl(formData: FormData) {
  await requireAgencyMember();
  const url = formData.get("url") as string;
  try {
    const res = await fetch(url, { method: "HEAD" });
    return { reachable: res.ok };
  } catch (error) {
    // ruleid: information-disclosure
    return { reachable: false, detail: (error as Error).stack };
  }
}

// ok: missing-auth, missing-input-validation
export async function listWebhookEndpoints() {
  const { agencyId } = await requireAgencyMember();
  const endpoints = await prisma.webhookEndpoint.findMany({ where: { agencyId } });
  // ruleid: excessive-data-exposure
  return endpoints;
}

// ok: missing-auth, missing-input-validation
export async function rotateWebhookSecret(formData: FormData) {
  const { agencyId, userId, role } = await requireAgencyMember();
  const id = z.string().cuid().parse(formData.get("endpointId"));
  // ruleid: floating-auth-check
  if (role === "VIEWER" || !isFinanceMember(userId, agencyId)) {
    throw new Error("Forbidden");
  }
  const secret = `whsec_${generateToken(24)}`;
  // ok: missing-authorization
  await prisma.webhookEndpoint.updateMany({ where: { id, agencyId }, data: { secret } });
  return { secret };
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function deleteWebhookEndpoint(endpointId: string) {
  await requireAgencyMember();
  // ruleid: missing-authorization
  await prisma.webhookEndpoint.delete({ where: { id: endpointId } });
}
