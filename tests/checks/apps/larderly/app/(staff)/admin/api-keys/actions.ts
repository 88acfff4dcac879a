"use server";

import { z } from "zod";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { withNetworkAdmin, withNetwork } from "@/lib/wrappers";
import { hashToken } from "@/lib/secure-compare";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createApiKey = withNetworkAdmin(async (ctx, name: string) => {
  const label = z.string().min(1).max(60).parse(name);
  const raw = `lk_${randomBytes(24).toString("hex")}`;
  // ok: mass-assignment
  await prisma.apiKey.create({ data: { networkId: ctx.networkId, name: label, hashedKey: hashToken(raw), prefix: raw.slice(0, 7), createdBy: ctx.userId } });
  return { key: raw };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const revokeApiKey = withNetwork(async (ctx, keyId: string) => {
  if (ctx.role !== "admin") throw new Error("Forbidden");
  const id = z.string().cuid().parse(keyId);
  // ok: missing-authorization
  await prisma.apiKey.updateMany({ where: { id, networkId: ctx.networkId }, data: { revokedAt: new Date() } });
  logger.warn({ networkId: ctx.networkId, actorId: ctx.userId, keyId: id }, "api key revoked");
  return { done: true };
});

// ok: missing-auth, missing-input-validation
export const listApiKeys = withNetwork(async (ctx) => {
  if (ctx.role !== "admin") throw new Error("Forbidden");
  const keys = await prisma.apiKey.findMany({ where: { networkId: ctx.networkId } });
  // why: whole ApiKey rows including hashedKey
  // ruleid: excessive-data-exposure
  return keys;
});

// why: rotating a key (revoke + create) is key management with no audit call; wrapper is withNetwork, not withNetworkAdmin
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const rotateApiKey = withNetwork(async (ctx, keyId: string) => {
  if (ctx.role !== "admin") throw new Error("Forbidden");
  const id = z.string().cuid().parse(keyId);
  const old = await prisma.apiKey.findFirst({ where: { id, networkId: ctx.networkId }, select: { name: true } });
  if (!old) throw new Error("Not found");
  // ok: missing-authorization
  await prisma.apiKey.updateMany({ where: { id, networkId: ctx.networkId }, data: { revokedAt: new Date() } });
  const raw = `lk_${randomBytes(24).toString("hex")}`;
  await prisma.apiKey.create({ data: { networkId: ctx.networkId, name: old.name, hashedKey: hashToken(raw), prefix: raw.slice(0, 7), createdBy: ctx.userId } });
  return { key: raw };
});
