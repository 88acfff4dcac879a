"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { withRole, withAudit } from "@/lib/wrappers";
import { hashToken, newToken } from "@/lib/crypto";

const SCOPES = ["projects", "rfis:read", "rfis:write", "timesheets", "cost-codes"] as const;
const CreateKeySchema = z.object({ name: z.string().min(2).max(60), scopes: z.array(z.enum(SCOPES)).min(1) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createApiKey = withRole(
  ["OWNER", "ADMIN"],
  withAudit("api_key.created", async (ctx, input: { name: string; scopes: string[] }) => {
    const parsed = CreateKeySchema.parse(input);
    const raw = `sc_live_${newToken(24)}`;
    const key = await prisma.apiKey.create({
      // ok: mass-assignment
      data: { tenantId: ctx.tenantId, userId: ctx.userId, name: parsed.name, scopes: parsed.scopes, prefix: raw.slice(0, 12), keyHash: hashToken(raw) },
      select: { id: true, name: true, prefix: true },
    });
    revalidatePath("/settings/api-keys");
    // ok: excessive-data-exposure
    return { ...key, secret: raw };
  }),
);

// ok: missing-auth
// ruleid: missing-input-validation
// ruleid: missing-audit-log
export const revokeApiKey = withRole(["OWNER", "ADMIN"], async (ctx, keyId: string) => {
  // ok: missing-authorization
  await prisma.apiKey.updateMany({ where: { id: keyId, tenantId: ctx.tenantId }, data: { revokedAt: new Date() } });
  revalidatePath("/settings/api-keys");
});

// ok: missing-auth, missing-input-validation
export const listApiKeys = withRole(["OWNER", "ADMIN"], async (ctx) => {
  // ruleid: excessive-data-exposure
  return prisma.apiKey.findMany({ where: { tenantId: ctx.tenantId, revokedAt: null }, orderBy: { lastUsedAt: "desc" } });
});
