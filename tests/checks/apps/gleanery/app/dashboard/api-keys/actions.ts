"use server";

import { randomBytes } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { authActionClient, auditedActionClient } from "@/lib/safe-action";
import { ActionError } from "@/lib/errors";
import { hashToken } from "@/lib/secure-compare";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createApiKey = auditedActionClient
  .metadata({ actionName: "apikey.create" })
  .schema(z.object({ name: z.string().min(1).max(60), pantryId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const m = await prisma.membership.findFirst({ where: { pantryId: parsedInput.pantryId, userId: ctx.user.id, role: "manager" }, select: { id: true } });
    if (!m) throw new ActionError("Only pantry managers can create keys");
    const raw = `glk_${randomBytes(24).toString("base64url")}`;
    // ok: mass-assignment
    await prisma.apiKey.create({ data: { name: parsedInput.name, pantryId: parsedInput.pantryId, userId: ctx.user.id, hashedKey: hashToken(raw) } });
    return { key: raw };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const revokeApiKey = authActionClient
  .metadata({ actionName: "apikey.revoke" })
  .schema(z.object({ keyId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await prisma.apiKey.updateMany({ where: { id: parsedInput.keyId, userId: ctx.user.id }, data: { revokedAt: new Date() } });
    return { ok: true };
  });

// ok: missing-auth
export const listApiKeys = authActionClient.metadata({ actionName: "apikey.list" }).action(async ({ ctx }) => {
  const keys = await prisma.apiKey.findMany({ where: { userId: ctx.user.id, revokedAt: null } });
  // ruleid: excessive-data-exposure
  return keys;
});
