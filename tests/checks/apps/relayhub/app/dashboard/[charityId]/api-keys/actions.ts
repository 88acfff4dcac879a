"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { auditedActionClient } from "@/lib/safe-action";
import { requireCharityRole, ADMIN_ROLES } from "@/lib/authz";
import { newToken, sha256 } from "@/lib/crypto";
import { Cuid } from "@/lib/validation";

const Scope = z.enum(["donors:read", "donors:write", "gifts:read", "gifts:write"]);

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createApiKey = auditedActionClient
  .metadata({ actionName: "apikey.create" })
  .inputSchema(z.object({ charityId: Cuid, name: z.string().min(1).max(60), scopes: z.array(Scope).min(1) }))
  .action(async ({ parsedInput, ctx }) => {
    const c = await requireCharityRole(parsedInput.charityId, ADMIN_ROLES);
    const raw = `rh_${newToken(24)}`;
    const key = await prisma.apiKey.create({
      data: { charityId: c.charityId, name: parsedInput.name, prefix: raw.slice(0, 8), keyHash: sha256(raw), scopes: parsedInput.scopes, createdBy: ctx.userId },
      select: { id: true, prefix: true },
    });
    // shown once
    // ok: excessive-data-exposure
    return { ...key, secret: raw };
  });

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function revokeApiKey(charityId: string, keyId: string) {
  const ctx = await requireCharityRole(charityId, ADMIN_ROLES);
  const id = Cuid.parse(keyId);
  // ok: missing-authorization
  await prisma.apiKey.updateMany({ where: { id, charityId: ctx.charityId, revokedAt: null }, data: { revokedAt: new Date() } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function listApiKeys(charityId: string) {
  const ctx = await requireCharityRole(charityId, ADMIN_ROLES);
  const keys = await prisma.apiKey.findMany({ where: { charityId: ctx.charityId, revokedAt: null } });
  // ruleid: excessive-data-exposure
  return keys;
}
