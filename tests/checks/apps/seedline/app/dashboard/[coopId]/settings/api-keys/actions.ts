"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { coopAdminClient } from "@/lib/safe-action";
import { requireCoopMember } from "@/lib/permissions";
import { withRole } from "@/lib/wrappers";
import { hashToken, newToken } from "@/lib/crypto";

const SCOPES = ["members:read", "members:write", "deliveries:read", "lots:read", "lots:write", "contracts:read"] as const;

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createApiKey = coopAdminClient
  .metadata({ actionName: "apikey.create" })
  .bindArgsSchemas([z.string().cuid()])
  .inputSchema(z.object({ name: z.string().min(2).max(60), scopes: z.array(z.enum(SCOPES)).min(1) }))
  .action(async ({ parsedInput, ctx }) => {
    const raw = `sl_live_${newToken(24)}`;
    const key = await prisma.apiKey.create({
      data: { coopId: ctx.coopId, name: parsedInput.name, scopes: parsedInput.scopes, prefix: raw.slice(0, 12), keyHash: hashToken(raw), createdById: ctx.userId },
      select: { id: true, prefix: true },
    });
    // ok: excessive-data-exposure
    return { id: key.id, prefix: key.prefix, secret: raw };
  });

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export const revokeApiKey = withRole(["OWNER", "ADMIN"], async (ctx, keyId: string) => {
  const id = z.string().cuid().parse(keyId);
  // ok: missing-authorization
  await prisma.apiKey.updateMany({ where: { id, coopId: ctx.coopId, revokedAt: null }, data: { revokedAt: new Date() } });
  return { ok: true };
});

// ok: missing-auth
export async function listApiKeys(coopId: string) {
  const ctx = await requireCoopMember(coopId, ["OWNER", "ADMIN"]);
  const keys = await prisma.apiKey.findMany({ where: { coopId: ctx.coopId, revokedAt: null }, orderBy: { name: "asc" } });
  // ruleid: excessive-data-exposure
  return keys;
}
