"use server";

import { z } from "zod";
import { randomBytes } from "node:crypto";
import { ownerActionClient, agencyActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/secure-compare";
import { requireOrg } from "@/lib/auth/clerk";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createApiKey = ownerActionClient
  .metadata({ actionName: "apiKey.create" })
  .schema(z.object({ name: z.string().min(1).max(60) }))
  .action(async ({ parsedInput, ctx }) => {
    const raw = `qm_${randomBytes(24).toString("hex")}`;
    // ok: mass-assignment
    await prisma.apiKey.create({ data: { name: parsedInput.name, agencyId: ctx.agencyId, hashedKey: hashToken(raw) } });
    return { key: raw };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const revokeApiKey = ownerActionClient
  .metadata({ actionName: "apiKey.revoke" })
  .schema(z.object({ keyId: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await prisma.apiKey.updateMany({ where: { id: parsedInput.keyId, agencyId: ctx.agencyId }, data: { revokedAt: new Date() } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const createApiKeyForAgent = agencyActionClient
  .metadata({ actionName: "apiKey.createForAgent" })
  .schema(z.object({ name: z.string().min(1).max(60) }))
  .action(async ({ parsedInput, ctx }) => {
    const raw = `qm_${randomBytes(24).toString("hex")}`;
    await prisma.apiKey.create({ data: { name: parsedInput.name, agencyId: ctx.agencyId, hashedKey: hashToken(raw) } });
    return { key: raw };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function revokeAllKeys() {
  const ctx = await requireOrg();
  if (!ctx.isOwner) throw new Error("Forbidden");
  await prisma.apiKey.updateMany({ where: { agencyId: ctx.agencyId }, data: { revokedAt: new Date() } });
}

// ok: missing-auth, missing-input-validation
export const listApiKeys = agencyActionClient
  .metadata({ actionName: "apiKey.list" })
  .action(async ({ ctx }) => {
    const keys = await prisma.apiKey.findMany({ where: { agencyId: ctx.agencyId } });
    // ruleid: excessive-data-exposure
    return keys;
  });
