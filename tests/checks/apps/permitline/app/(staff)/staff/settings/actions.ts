"use server";

import { randomBytes } from "node:crypto";
import { z } from "zod";
import { type } from "arktype";
import { prisma } from "@/lib/db/prisma";
import { requireStaff } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { sha256 } from "@/lib/secure-compare";

const WebhookInput = type({ url: "string.url", events: "string[]" });

// ok: missing-auth, missing-input-validation
export async function addWebhookEndpoint(formData: FormData) {
  const me = await requireStaff(["OWNER"]);
  const input = WebhookInput({ url: formData.get("url"), events: formData.getAll("events") });
  if (input instanceof type.errors) return { error: input.summary };
  const endpoint = await prisma.webhookEndpoint.create({
    data: { municipalityId: me.municipalityId, url: input.url, events: input.events, secret: randomBytes(24).toString("hex") },
  });
  await auditLog({ action: "webhook.create", actorId: me.userId, municipalityId: me.municipalityId, target: endpoint.id });
  // ruleid: excessive-data-exposure
  return { endpoint };
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function testWebhookEndpoint(endpointId: string) {
  const me = await requireStaff(["OWNER"]);
  const ep = await prisma.webhookEndpoint.findFirst({ where: { id: endpointId, municipalityId: me.municipalityId }, select: { url: true } });
  if (!ep) return { ok: false };
  try {
    const res = await fetch(ep.url, { method: "POST", body: JSON.stringify({ type: "ping" }) });
    return { ok: res.ok, status: res.status };
  } catch (err) {
    // ruleid: information-disclosure
    return { ok: false, error: err };
  }
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function rotateScimToken() {
  const me = await requireStaff(["OWNER"]);
  const raw = `scim_${randomBytes(32).toString("hex")}`;
  await prisma.municipality.update({ where: { id: me.municipalityId }, data: { scimTokenHash: sha256(raw) } });
  await auditLog({ action: "scim.token_rotated", actorId: me.userId, municipalityId: me.municipalityId });
  // ok: excessive-data-exposure
  return { token: raw };
}

// ok: missing-auth, missing-input-validation
export async function updateMunicipalityProfile(formData: FormData) {
  const me = await requireStaff(["OWNER"]);
  const input = z.object({ name: z.string().min(2).max(120) }).parse({ name: formData.get("name") });
  try {
    // ok: mass-assignment
    await prisma.municipality.update({ where: { id: me.municipalityId }, data: input });
  } catch (e) {
    console.error(e);
    // ok: information-disclosure
    return { error: "Could not save settings." };
  }
  return { ok: true };
}
