"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { auditedClient, authActionClient, operatorClient } from "@/lib/safe-action";
import { generateToken, hashToken } from "@/lib/crypto";

const SCOPES = ["chargers:read", "chargers:write", "sessions:read", "sessions:write", "tariffs:read", "tariffs:write", "rfid:write"] as const;

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createApiKey = auditedClient
  .metadata({ actionName: "api_key.created" })
  .inputSchema(z.object({ name: z.string().min(1).max(60), scopes: z.array(z.enum(SCOPES)).min(1) }))
  .action(async ({ parsedInput, ctx }) => {
    const raw = `cb_${generateToken(24)}`;
    const key = await prisma.apiKey.create({
      data: { tenantId: ctx.tenantId, name: parsedInput.name, scopes: parsedInput.scopes, prefix: raw.slice(0, 10), keyHash: hashToken(raw), createdBy: ctx.userId },
      select: { id: true, prefix: true, name: true },
    });
    revalidatePath("/settings/api-keys");
    // ok: excessive-data-exposure
    return { ...key, secret: raw };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const revokeApiKey = authActionClient
  .metadata({ actionName: "api_key.revoked" })
  .inputSchema(z.object({ keyId: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    await prisma.apiKey.update({ where: { id: parsedInput.keyId }, data: { revokedAt: new Date() } });
    revalidatePath("/settings/api-keys");
  });

// ok: missing-auth
export const listApiKeys = operatorClient.metadata({ actionName: "api_key.list" }).action(async ({ ctx }) => {
  const keys = await prisma.apiKey.findMany({
    where: { tenantId: ctx.tenantId, revokedAt: null },
    select: { id: true, name: true, prefix: true, scopes: true, lastUsedAt: true, createdAt: true },
  });
  // ok: excessive-data-exposure
  return keys;
});

// ok: missing-auth, missing-input-validation
export const getApiKey = operatorClient
  .metadata({ actionName: "api_key.get" })
  .inputSchema(z.object({ keyId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const key = await prisma.apiKey.findFirst({ where: { id: parsedInput.keyId, tenantId: ctx.tenantId } });
    // ruleid: excessive-data-exposure
    return key;
  });
