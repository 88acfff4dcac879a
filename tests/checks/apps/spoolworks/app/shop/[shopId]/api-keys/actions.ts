"use server";

import { z } from "zod";
import { createHash, randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { withShop, withShopAdmin } from "@/lib/with-shop";

// Fleet API keys used by the on-prem print-farm agent.
// ok: missing-auth, missing-audit-log, missing-input-validation
export const createApiKey = withShopAdmin("shop.api_key_created", async (formData, ctx) => {
  const name = z.string().min(1).max(40).parse(formData.get("name"));
  const raw = `sw_live_${randomBytes(24).toString("base64url")}`;
  // ok: mass-assignment, missing-authorization
  await prisma.apiKey.create({ data: { shopId: ctx.shopId, name, prefix: raw.slice(0, 12), hashedKey: createHash("sha256").update(raw).digest("hex"), createdBy: ctx.user.id } });
  // ok: excessive-data-exposure
  return { key: raw };
});

// why: API key revocation with a role check but no audit record
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export const revokeApiKey = withShop(async (formData, ctx) => {
  if (ctx.role === "operator") throw new Error("Managers only");
  const keyId = z.string().uuid().parse(formData.get("keyId"));
  // ok: missing-authorization
  await prisma.apiKey.updateMany({ where: { id: keyId, shopId: ctx.shopId }, data: { revokedAt: new Date() } });
});

// ok: missing-auth, missing-input-validation
export const listApiKeys = withShop(async (_formData, ctx) => {
  const keys = await prisma.apiKey.findMany({ where: { shopId: ctx.shopId, revokedAt: null }, select: { id: true, name: true, prefix: true, createdAt: true } });
  // ok: excessive-data-exposure
  return keys;
});

// why: returns whole ApiKey rows (hashedKey) to any shop member
// ok: missing-auth, missing-input-validation
export const exportApiKeys = withShop(async (_formData, ctx) => {
  const keys = await prisma.apiKey.findMany({ where: { shopId: ctx.shopId } });
  // ruleid: excessive-data-exposure
  return keys;
});
