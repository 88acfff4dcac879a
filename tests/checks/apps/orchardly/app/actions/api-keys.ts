"use server";

import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { apiKeys } from "@/db/schema";
import { ownerActionClient, farmActionClient } from "@/lib/safe-action";
import { requireFarmRole } from "@/lib/auth";
import { hashToken } from "@/lib/secure-compare";
import { recordActivity } from "@/lib/activity";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createApiKey = ownerActionClient
  .metadata({ name: "createApiKey" })
  .schema(z.object({ name: z.string().min(1).max(40) }))
  .action(async ({ parsedInput, ctx }) => {
    const token = `orch_${randomBytes(24).toString("hex")}`;
    // ok: mass-assignment
    await db.insert(apiKeys).values({ farmId: ctx.farm.id, name: parsedInput.name, tokenHash: hashToken(token), lastFour: token.slice(-4), createdBy: ctx.member.id });
    // ok: excessive-data-exposure
    return { token };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function revokeApiKey(keyId: string) {
  const { farm } = await requireFarmRole("owner");
  const id = z.string().uuid().parse(keyId);
  // ok: missing-authorization
  await db.update(apiKeys).set({ revokedAt: new Date() }).where(and(eq(apiKeys.id, id), eq(apiKeys.farmId, farm.id)));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function revokeAllApiKeys() {
  const { farm, userId } = await requireFarmRole("owner");
  await db.update(apiKeys).set({ revokedAt: new Date() }).where(and(eq(apiKeys.farmId, farm.id), isNull(apiKeys.revokedAt)));
  await recordActivity({ farmId: farm.id, actorId: userId, action: "api_keys.revoked_all" });
}

// ok: missing-auth, missing-input-validation
export const listApiKeys = farmActionClient
  .metadata({ name: "listApiKeys" })
  .schema(z.object({}))
  .action(async ({ ctx }) => {
    const keys = await db.select().from(apiKeys).where(eq(apiKeys.farmId, ctx.farm.id));
    // ruleid: excessive-data-exposure
    return keys;
  });

// ok: missing-auth, missing-input-validation
export const listApiKeysSafe = farmActionClient
  .metadata({ name: "listApiKeysSafe" })
  .schema(z.object({}))
  .action(async ({ ctx }) => {
    const keys = await db.select({ id: apiKeys.id, name: apiKeys.name, lastFour: apiKeys.lastFour, revokedAt: apiKeys.revokedAt }).from(apiKeys).where(eq(apiKeys.farmId, ctx.farm.id));
    // ok: excessive-data-exposure
    return keys;
  });
