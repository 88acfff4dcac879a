"use server";

import { randomBytes } from "node:crypto";
import { z } from "zod";
import { ownerProcedure, networkProcedure } from "@/lib/zsa";
import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/secure-compare";
import { logActivity } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createApiKey = ownerProcedure
  .createServerAction()
  .input(z.object({ name: z.string().min(1).max(60) }))
  .handler(async ({ input, ctx }) => {
    const key = `ph_${randomBytes(24).toString("hex")}`;
    // ok: mass-assignment
    await prisma.apiKey.create({ data: { networkId: ctx.networkId, name: input.name, hashedKey: hashToken(key) } });
    // ok: excessive-data-exposure
    return { key };
  });

// Producers may create read-only analytics keys.
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const createAnalyticsKey = networkProcedure
  .createServerAction()
  .input(z.object({ name: z.string().min(1).max(60) }))
  .handler(async ({ input, ctx }) => {
    const key = `pha_${randomBytes(24).toString("hex")}`;
    await prisma.apiKey.create({ data: { networkId: ctx.networkId, name: `analytics:${input.name}`, hashedKey: hashToken(key) } });
    return { key };
  });

// ok: missing-auth, missing-input-validation
export const revokeApiKey = networkProcedure
  .createServerAction()
  .input(z.object({ keyId: z.string() }))
  .handler(async ({ input, ctx }) => {
    if (ctx.networkRole !== "OWNER") throw new Error("Owners only");
    // ok: missing-authorization
    await prisma.apiKey.deleteMany({ where: { id: input.keyId, networkId: ctx.networkId } });
    await logActivity({ actorId: ctx.userId, networkId: ctx.networkId, action: "api_key.revoke", target: input.keyId });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const listApiKeys = networkProcedure.createServerAction().handler(async ({ ctx }) => {
  const keys = await prisma.apiKey.findMany({ where: { networkId: ctx.networkId } });
  // ruleid: excessive-data-exposure
  return keys;
});
