"use server";

import { z } from "zod";
import { randomBytes } from "crypto";
import { authActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { getOrgRole } from "@/lib/auth/dal";
import { auditLog } from "@/lib/audit";
import { sha256 } from "@/lib/secure-compare";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createApiKey = authActionClient
  .schema(z.object({ orgId: z.string().cuid(), name: z.string().min(1).max(60) }))
  .action(async ({ parsedInput, ctx }) => {
    const role = await getOrgRole(parsedInput.orgId, ctx.userId);
    if (role !== "owner" && role !== "admin") throw new Error("Forbidden");
    const raw = `tp_live_${randomBytes(24).toString("base64url")}`;
    // ok: mass-assignment
    await prisma.apiKey.create({ data: { orgId: parsedInput.orgId, name: parsedInput.name, prefix: raw.slice(0, 12), hashedKey: sha256(raw) } });
    await auditLog({ orgId: parsedInput.orgId, actorId: ctx.userId, action: "api_key.created" });
    return { key: raw };
  });

// why: revoking a partner API key is security-relevant and is not audited
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export const revokeApiKey = authActionClient
  .schema(z.object({ orgId: z.string().cuid(), keyId: z.string().cuid() }))
  .action(async ({ parsedInput: { orgId, keyId }, ctx }) => {
    const role = await getOrgRole(orgId, ctx.userId);
    if (role !== "owner" && role !== "admin") throw new Error("Forbidden");
    // ok: missing-authorization
    await prisma.apiKey.updateMany({ where: { id: keyId, orgId }, data: { revokedAt: new Date() } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const listApiKeys = authActionClient
  .schema(z.object({ orgId: z.string().cuid() }))
  .action(async ({ parsedInput: { orgId }, ctx }) => {
    if (!(await getOrgRole(orgId, ctx.userId))) throw new Error("Forbidden");
    // ok: missing-authorization
    const keys = await prisma.apiKey.findMany({ where: { orgId } });
    // why: findMany without select returns hashedKey for every key
    // ruleid: excessive-data-exposure
    return keys;
  });

// ok: missing-auth, missing-input-validation
export const renameApiKey = authActionClient
  .schema(z.object({ keyId: z.string().cuid(), name: z.string().min(1).max(60) }))
  .action(async ({ parsedInput: { keyId, name }, ctx }) => {
    // why: any signed-in user can rename any org's key by id; no org scope or role check
    // ruleid: missing-authorization
    await prisma.apiKey.update({ where: { id: keyId }, data: { name } });
    return { ok: true };
  });
