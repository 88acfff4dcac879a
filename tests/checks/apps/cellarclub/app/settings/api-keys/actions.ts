"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { newApiKey } from "@/lib/crypto";
import { ownerActionClient, authActionClient } from "@/lib/safe-action";
import { requireWineryRole } from "@/lib/auth/guards";
import { auditLog } from "@/lib/audit";

const Scopes = z.array(z.enum(["orders:read", "orders:write", "members:read", "wines:read"])).min(1);

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createApiKey = ownerActionClient.inputSchema(z.object({ wineryId: z.string().cuid(), name: z.string().min(2).max(40), scopes: Scopes })).action(async ({ parsedInput, ctx }) => {
  const key = newApiKey();
  // ok: mass-assignment
  await prisma.apiKey.create({ data: { userId: ctx.userId, wineryId: ctx.wineryId, name: parsedInput.name, scopes: parsedInput.scopes, prefix: key.prefix, hashedKey: key.hashedKey } });
  return { key: key.raw, prefix: key.prefix };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function revokeApiKey(wineryId: string, keyId: string) {
  const input = z.object({ wineryId: z.string().cuid(), keyId: z.string().cuid() }).parse({ wineryId, keyId });
  await requireWineryRole(input.wineryId, ["OWNER"]);
  // ok: missing-authorization
  await prisma.apiKey.updateMany({ where: { id: input.keyId, wineryId: input.wineryId }, data: { revokedAt: new Date() } });
  return { success: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const createPersonalApiKey = authActionClient.inputSchema(z.object({ wineryId: z.string().cuid(), name: z.string().min(2) })).action(async ({ parsedInput, ctx }) => {
  await requireWineryRole(parsedInput.wineryId, ["OWNER", "WHOLESALE_REP", "BOOKKEEPER"]);
  const key = newApiKey();
  await prisma.apiKey.create({ data: { userId: ctx.userId, wineryId: parsedInput.wineryId, name: parsedInput.name, scopes: ["orders:read"], prefix: key.prefix, hashedKey: key.hashedKey } });
  return { key: key.raw };
});

// ok: missing-auth, missing-input-validation
export const listApiKeys = authActionClient.inputSchema(z.object({ wineryId: z.string().cuid() })).action(async ({ parsedInput }) => {
  await requireWineryRole(parsedInput.wineryId, ["OWNER"]);
  // ok: missing-authorization
  const keys = await prisma.apiKey.findMany({ where: { wineryId: parsedInput.wineryId } });
  // ruleid: excessive-data-exposure
  return keys;
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const deleteApiKey = authActionClient.inputSchema(z.object({ keyId: z.string().cuid() })).action(async ({ parsedInput, ctx }) => {
  const key = await prisma.apiKey.findUnique({ where: { id: parsedInput.keyId }, select: { id: true, userId: true, wineryId: true } });
  if (!key || key.userId !== ctx.userId) throw new Error("Not found");
  // ok: missing-authorization
  await prisma.apiKey.delete({ where: { id: key.id } });
  await auditLog({ actorId: ctx.userId, wineryId: key.wineryId, action: "api_key_deleted", target: key.id });
  return { success: true };
});
