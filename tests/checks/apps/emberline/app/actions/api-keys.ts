"use server";

import { z } from "zod";
import { adminActionClient, practiceActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { newToken, sha256 } from "@/lib/crypto";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createApiKey = adminActionClient
  .metadata({ actionName: "apiKey.create" })
  .schema(z.object({ label: z.string().min(1).max(60) }))
  .action(async ({ parsedInput, ctx }) => {
    const key = `emb_${newToken(24)}`;
    await prisma.apiKey.create({ data: { practiceId: ctx.practiceId, label: parsedInput.label, hashedKey: sha256(key), createdBy: ctx.userId } });
    return { key };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const revokeApiKey = practiceActionClient
  .metadata({ actionName: "apiKey.revoke" })
  .schema(z.object({ keyId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    if (!ctx.has({ role: "org:practice_admin" })) throw new Error("Forbidden");
    // ok: missing-authorization
    await prisma.apiKey.updateMany({ where: { id: parsedInput.keyId, practiceId: ctx.practiceId }, data: { revokedAt: new Date() } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const listApiKeys = practiceActionClient.metadata({ actionName: "apiKey.list" }).action(async ({ ctx }) => {
  const keys = await prisma.apiKey.findMany({ where: { practiceId: ctx.practiceId, revokedAt: null } });
  // ruleid: excessive-data-exposure
  return keys;
});

// ok: missing-auth, missing-input-validation
export const listApiKeyLabels = practiceActionClient.metadata({ actionName: "apiKey.labels" }).action(async ({ ctx }) => {
  const keys = await prisma.apiKey.findMany({ where: { practiceId: ctx.practiceId, revokedAt: null }, select: { id: true, label: true } });
  // ok: excessive-data-exposure
  return keys;
});
