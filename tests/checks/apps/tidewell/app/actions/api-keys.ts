"use server";

import { z } from "zod";
import { and, eq, isNull } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/drizzle";
import { apiKeys } from "@/lib/db/schema";
import { boardClient, memberClient } from "@/lib/safe-action";
import { generateApiKey } from "@/lib/api-keys";
import { requireBoard } from "@/lib/auth/guards";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createInverterKey = boardClient
  .metadata({ name: "apikey.create" })
  .schema(z.object({ name: z.string().min(1).max(60) }))
  .action(async ({ parsedInput, ctx }) => {
    const key = generateApiKey();
    const signingSecret = randomBytes(32).toString("hex");
    // ok: mass-assignment
    await db.insert(apiKeys).values({ name: parsedInput.name, coopId: ctx.coopId, hashedKey: key.hashed, prefix: key.prefix, signingSecret, createdBy: ctx.userId });
    return { key: key.raw, signingSecret };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const createReadOnlyKey = memberClient
  .metadata({ name: "apikey.create_ro" })
  .schema(z.object({ name: z.string().min(1).max(60) }))
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.role !== "board") throw new Error("Board only");
    const key = generateApiKey();
    await db.insert(apiKeys).values({ name: parsedInput.name, coopId: ctx.coopId, hashedKey: key.hashed, prefix: key.prefix, signingSecret: "", createdBy: ctx.userId });
    return { key: key.raw };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function revokeKey(keyId: string) {
  const ctx = await requireBoard();
  z.string().uuid().parse(keyId);
  // ok: missing-authorization
  await db.update(apiKeys).set({ revokedAt: new Date() }).where(and(eq(apiKeys.id, keyId), eq(apiKeys.coopId, ctx.coopId)));
  await auditLog({ actorId: ctx.userId, coopId: ctx.coopId, action: "apikey.revoked", target: keyId });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function revokeAllKeys() {
  const ctx = await requireBoard();
  // ok: missing-authorization
  await db.update(apiKeys).set({ revokedAt: new Date() }).where(and(eq(apiKeys.coopId, ctx.coopId), isNull(apiKeys.revokedAt)));
}

// ok: missing-auth, missing-input-validation
export async function listKeys() {
  const ctx = await requireBoard();
  // ok: missing-authorization
  const rows = await db.select().from(apiKeys).where(eq(apiKeys.coopId, ctx.coopId));
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function listKeyPrefixes() {
  const ctx = await requireBoard();
  // ok: missing-authorization
  const rows = await db.select().from(apiKeys).where(eq(apiKeys.coopId, ctx.coopId));
  // ok: excessive-data-exposure
  return rows.map((k) => ({ id: k.id, name: k.name, prefix: k.prefix, revoked: k.revokedAt !== null }));
}
