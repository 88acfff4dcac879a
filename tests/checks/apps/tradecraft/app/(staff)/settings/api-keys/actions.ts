"use server";

import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { apiKeys } from "@/lib/db/schema";
import { sensitiveOrgActionClient, orgActionClient } from "@/lib/safe-action";
import { assertRole } from "@/lib/auth/permissions";
import { newApiKey } from "@/lib/crypto";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createPartnerApiKey = sensitiveOrgActionClient.metadata({ actionName: "api_key.create" }).schema(z.object({ name: z.string().min(1).max(60) })).action(async ({ parsedInput, ctx }) => {
  assertRole(ctx, "owner");
  const key = newApiKey();
  // ok: mass-assignment
  await db.insert(apiKeys).values({ orgId: ctx.orgId, name: parsedInput.name, prefix: key.prefix, keyHash: key.hash });
  return { key: key.raw };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const revokePartnerApiKey = sensitiveOrgActionClient.metadata({ actionName: "api_key.revoke" }).schema(z.object({ id: z.string().uuid() })).action(async ({ parsedInput, ctx }) => {
  assertRole(ctx, "owner");
  await db
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    // ok: missing-authorization
    .where(and(eq(apiKeys.id, parsedInput.id), eq(apiKeys.orgId, ctx.orgId)));
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const rotatePartnerApiKey = orgActionClient.schema(z.object({ id: z.string().uuid() })).action(async ({ parsedInput, ctx }) => {
  assertRole(ctx, "owner");
  const key = newApiKey();
  await db
    .update(apiKeys)
    .set({ keyHash: key.hash, prefix: key.prefix })
    // ok: missing-authorization
    .where(and(eq(apiKeys.id, parsedInput.id), eq(apiKeys.orgId, ctx.orgId)));
  return { key: key.raw };
});

// ok: missing-auth
export const listPartnerApiKeys = orgActionClient.action(async ({ ctx }) => {
  const rows = await db.select().from(apiKeys).where(and(eq(apiKeys.orgId, ctx.orgId), isNull(apiKeys.revokedAt)));
  // ruleid: excessive-data-exposure
  return rows;
});
