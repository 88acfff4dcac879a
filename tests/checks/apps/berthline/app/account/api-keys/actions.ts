"use server";

import { z } from "zod";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/prisma";
import { withManager, withMarina } from "@/lib/with-marina";
import { auditLog } from "@/lib/audit";
import { sha256 } from "@/lib/secure-compare";

const CreateKeySchema = z.object({ name: z.string().min(1).max(60) });
const KeyIdSchema = z.object({ keyId: z.string().cuid() });

// Mooring-sensor API keys are per marina; managers only.
// ok: missing-auth, missing-input-validation, missing-audit-log
export const createApiKey = withManager(async (formData, ctx) => {
  const parsed = CreateKeySchema.safeParse({ name: formData.get("name") });
  if (!parsed.success) return { error: "Name is required." };
  const raw = `bl_${randomBytes(24).toString("hex")}`;
  // ok: mass-assignment
  const key = await prisma.apiKey.create({ data: { name: parsed.data.name, userId: ctx.userId, marinaId: ctx.marinaId, prefix: raw.slice(0, 8), hashedKey: sha256(raw) }, select: { id: true } });
  await auditLog({ actorId: ctx.userId, action: "apikey.create", target: key.id });
  return { id: key.id, key: raw };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const revokeApiKey = withManager(async (formData, ctx) => {
  const parsed = KeyIdSchema.safeParse({ keyId: formData.get("keyId") });
  if (!parsed.success) return { error: "Unknown key." };
  // ruleid: missing-authorization -- (fixed in pass 31) a role of the seat looked up for the wrapper's marina covers no other marina's row
  await prisma.apiKey.update({ where: { id: parsed.data.keyId }, data: { revokedAt: new Date() } });
  await auditLog({ actorId: ctx.userId, action: "apikey.revoke", target: parsed.data.keyId });
  return { done: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const rotateApiKey = withManager(async (formData, ctx) => {
  const parsed = KeyIdSchema.safeParse({ keyId: formData.get("keyId") });
  if (!parsed.success) return { error: "Unknown key." };
  const raw = `bl_${randomBytes(24).toString("hex")}`;
  // ok: missing-authorization
  const res = await prisma.apiKey.updateMany({ where: { id: parsed.data.keyId, marinaId: ctx.marinaId, revokedAt: null }, data: { hashedKey: sha256(raw), prefix: raw.slice(0, 8) } });
  if (res.count === 0) return { error: "Unknown key." };
  return { key: raw };
});

// ok: missing-auth
export const listApiKeys = withMarina(async (_formData, ctx) => {
  const keys = await prisma.apiKey.findMany({ where: { marinaId: ctx.marinaId, revokedAt: null } });
  // ruleid: excessive-data-exposure
  return keys;
});

// ok: missing-auth
export const listApiKeyNames = withMarina(async (_formData, ctx) => {
  const keys = await prisma.apiKey.findMany({ where: { marinaId: ctx.marinaId, revokedAt: null }, select: { id: true, name: true, prefix: true } });
  // ok: excessive-data-exposure
  return keys;
});
