"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { auditedAdminClient, managerActionClient } from "@/lib/safe-action";
import { generateApiKey } from "@/lib/api-keys";

const SCOPES = ["employees:read", "shifts:read", "shifts:write", "timesheets:read"] as const;

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createApiKey = auditedAdminClient
  .metadata({ name: "api_key.created" })
  .inputSchema(z.object({ name: z.string().min(1).max(60), scopes: z.array(z.enum(SCOPES)).min(1) }))
  .action(async ({ parsedInput, ctx }) => {
    const { raw, prefix, hash } = generateApiKey();
    await prisma.apiKey.create({ data: { ...parsedInput, employerId: ctx.employerId, prefix, apiKeyHash: hash, createdBy: ctx.userId } });
    revalidatePath("/settings/api-keys");
    return { key: raw };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const revokeApiKey = managerActionClient
  .inputSchema(z.object({ keyId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await prisma.apiKey.updateMany({ where: { id: parsedInput.keyId, employerId: ctx.employerId }, data: { revokedAt: new Date() } });
    revalidatePath("/settings/api-keys");
    return { ok: true };
  });

// ok: missing-auth
export const listApiKeys = managerActionClient.action(async ({ ctx }) => {
  const keys = await prisma.apiKey.findMany({ where: { employerId: ctx.employerId } });
  // ruleid: excessive-data-exposure
  return keys;
});

// ok: missing-auth
export const listApiKeysSafe = managerActionClient.action(async ({ ctx }) => {
  const keys = await prisma.apiKey.findMany({ where: { employerId: ctx.employerId, revokedAt: null }, select: { id: true, name: true, prefix: true, scopes: true } });
  // ok: excessive-data-exposure
  return keys;
});

// ok: missing-auth, missing-input-validation
// todook: missing-audit-log -- a webhook signing secret rotated on a manager client: rule 9 names API keys and admin actions, neither quite this (gap judge: ambiguous)
export const rotateWebhookSecret = managerActionClient
  .inputSchema(z.object({ endpointId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const secret = `whsec_${crypto.randomUUID().replace(/-/g, "")}`;
    // ok: missing-authorization
    await prisma.webhookEndpoint.updateMany({ where: { id: parsedInput.endpointId, employerId: ctx.employerId }, data: { secret } });
    return { secret };
  });
