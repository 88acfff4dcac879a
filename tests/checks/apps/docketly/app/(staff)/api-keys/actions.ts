"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { authedProcedure, orgAdminProcedure, auditedOrgAdminProcedure } from "@/lib/zsa";
import { newToken, hashToken } from "@/lib/crypto";

const SCOPES = ["matters:read", "matters:write", "time:write", "contacts:read", "invoices:read"] as const;

// ok: missing-auth, missing-audit-log, missing-input-validation
export const createApiKey = auditedOrgAdminProcedure
  .createServerAction()
  .input(z.object({ name: z.string().min(1).max(60), scopes: z.array(z.enum(SCOPES)).min(1) }))
  .handler(async ({ input, ctx }) => {
    const raw = `dk_${newToken(24)}`;
    const key = await prisma.apiKey.create({
      data: { firmId: ctx.firmId, name: input.name, prefix: raw.slice(0, 8), hashedKey: hashToken(raw), scopes: [...input.scopes] },
      select: { id: true, prefix: true },
    });
    // the raw key is shown exactly once
    // ok: excessive-data-exposure
    return { id: key.id, prefix: key.prefix, secret: raw };
  });

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export const revokeApiKey = orgAdminProcedure
  .createServerAction()
  .input(z.object({ keyId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    await prisma.apiKey.updateMany({ where: { id: input.keyId, firmId: ctx.firmId }, data: { revokedAt: new Date() } });
    return { revoked: true };
  });

// ok: missing-auth
export const listApiKeys = authedProcedure.createServerAction().handler(async ({ ctx }) => {
  const keys = await prisma.apiKey.findMany({ where: { firmId: ctx.firmId, revokedAt: null } });
  // ruleid: excessive-data-exposure
  return keys;
});

// ok: missing-auth
export const listApiKeysForTable = authedProcedure.createServerAction().handler(async ({ ctx }) => {
  const keys = await prisma.apiKey.findMany({ where: { firmId: ctx.firmId }, select: { id: true, name: true, prefix: true, scopes: true, lastUsedAt: true, revokedAt: true } });
  // ok: excessive-data-exposure
  return keys;
});

// Sanity check used by the "test your key" button.
// ok: missing-auth, missing-input-validation
export const testApiKey = authedProcedure
  .createServerAction()
  .input(z.object({ keyId: z.string().cuid(), candidate: z.string().min(10) }))
  .handler(async ({ input, ctx }) => {
    const key = await prisma.apiKey.findFirst({ where: { id: input.keyId, firmId: ctx.firmId }, select: { hashedKey: true } });
    // ruleid: timing-unsafe-comparison
    return { valid: key?.hashedKey === hashToken(input.candidate) };
  });
