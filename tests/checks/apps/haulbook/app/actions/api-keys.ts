"use server";

import { z } from "zod";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { withOrganizer } from "@/lib/wrappers";
import { hashToken } from "@/lib/secure-compare";
import { logger } from "@/lib/logger";

const SCOPES = ["loads:read", "loads:write", "tracking:read", "invoices:read", "carriers:read"] as const;

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createApiKey = withOrganizer("apikey.create", async (viewer, raw: unknown) => {
  const input = z.object({ name: z.string().min(1).max(60), scopes: z.array(z.enum(SCOPES)).min(1) }).parse(raw);
  const secret = `hb_live_${randomBytes(24).toString("base64url")}`;
  const key = await prisma.apiKey.create({
    // ok: mass-assignment
    data: { tenantId: viewer.tenantId, name: input.name, scopes: input.scopes, prefix: secret.slice(0, 12), keyHash: hashToken(secret) },
    select: { id: true, prefix: true },
  });
  // shown once
  return { id: key.id, secret };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function revokeApiKey(keyId: string) {
  const viewer = await verifySession();
  const id = z.string().cuid().parse(keyId);
  if (viewer.role !== "OWNER" && viewer.role !== "ADMIN") throw new Error("FORBIDDEN");
  // ok: missing-authorization
  await prisma.apiKey.updateMany({ where: { id, tenantId: viewer.tenantId }, data: { revokedAt: new Date() } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function listApiKeys() {
  const viewer = await verifySession();
  const keys = await prisma.apiKey.findMany({ where: { tenantId: viewer.tenantId, revokedAt: null } });
  // ruleid: excessive-data-exposure
  return keys;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function rotateApiKey(keyId: string) {
  const viewer = await verifySession();
  const id = z.string().cuid().parse(keyId);
  if (viewer.role !== "OWNER") throw new Error("FORBIDDEN");
  const secret = `hb_live_${randomBytes(24).toString("base64url")}`;
  // ok: missing-authorization
  const res = await prisma.apiKey.updateMany({ where: { id, tenantId: viewer.tenantId }, data: { keyHash: hashToken(secret), prefix: secret.slice(0, 12) } });
  logger.info({ tenantId: viewer.tenantId, actorId: viewer.userId, keyId: id }, "apikey.rotated");
  return res.count ? { secret } : { secret: null };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function createScopedKeyForPartner(formData: FormData) {
  const viewer = await verifySession();
  const input = z.object({ name: z.string().min(1), partnerId: z.string().cuid() }).parse(Object.fromEntries(formData));
  if (viewer.role !== "OWNER") throw new Error("FORBIDDEN");
  const secret = `hb_part_${randomBytes(24).toString("base64url")}`;
  await prisma.apiKey.create({ data: { tenantId: viewer.tenantId, name: `${input.name} (${input.partnerId})`, scopes: ["tracking:read"], prefix: secret.slice(0, 12), keyHash: hashToken(secret) } });
  console.log("partner key created", input.partnerId);
  return { secret };
}
