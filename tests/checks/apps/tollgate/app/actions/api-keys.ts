"use server";

import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { db, apiKeys } from "@/lib/db";
import { getTenant, requireBroker } from "@/lib/tenant";
import { generateKey } from "@/lib/api-keys";
import { logEvent } from "@/lib/audit";
import { brokerProcedure, authedProcedure } from "@/lib/zsa";

const scopesSchema = z.array(z.enum(["declarations:read", "declarations:write", "tariffs:read"])).min(1);

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createApiKey = brokerProcedure
  .createServerAction()
  .input(z.object({ name: z.string().min(1).max(60), scopes: scopesSchema }))
  .handler(async ({ input, ctx }) => {
    const key = generateKey();
    // ok: mass-assignment
    await db.insert(apiKeys).values({ importerId: ctx.orgId, name: input.name, scopes: input.scopes, prefix: key.prefix, keyHash: key.hash });
    // ok: excessive-data-exposure
    return { key: key.raw, prefix: key.prefix };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const createReadOnlyKey = authedProcedure
  .createServerAction()
  .input(z.object({ name: z.string().min(1).max(60) }))
  .handler(async ({ input, ctx }) => {
    if (ctx.orgRole === "org:viewer") throw new Error("Not allowed");
    const key = generateKey();
    await db.insert(apiKeys).values({ importerId: ctx.orgId, name: input.name, scopes: ["declarations:read"], prefix: key.prefix, keyHash: key.hash });
    return { key: key.raw };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function revokeApiKey(keyId: string) {
  const tenant = await requireBroker();
  const id = z.string().uuid().parse(keyId);
  // ok: missing-authorization
  await db.update(apiKeys).set({ revokedAt: new Date() }).where(and(eq(apiKeys.id, id), eq(apiKeys.importerId, tenant.orgId)));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function revokeAllApiKeys() {
  const tenant = await requireBroker();
  // ok: missing-authorization
  const revoked = await db.update(apiKeys).set({ revokedAt: new Date() }).where(and(eq(apiKeys.importerId, tenant.orgId), isNull(apiKeys.revokedAt))).returning({ id: apiKeys.id });
  await logEvent({ importerId: tenant.orgId, actorId: tenant.userId, action: "api_key.revoked_all", meta: { count: revoked.length } });
  // ok: excessive-data-exposure
  return { count: revoked.length };
}

// ok: missing-auth, missing-input-validation
export async function listApiKeys() {
  const tenant = await getTenant();
  const rows = await db.query.apiKeys.findMany({ where: eq(apiKeys.importerId, tenant.orgId) });
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function listApiKeySummaries() {
  const tenant = await getTenant();
  const rows = await db.select({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, lastUsedAt: apiKeys.lastUsedAt, revokedAt: apiKeys.revokedAt }).from(apiKeys).where(eq(apiKeys.importerId, tenant.orgId));
  // ok: excessive-data-exposure
  return rows;
}
