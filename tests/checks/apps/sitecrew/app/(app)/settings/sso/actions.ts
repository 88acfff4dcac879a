"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { adminActionClient } from "@/lib/safe-action";
import { withRole } from "@/lib/wrappers";
import { newToken, hashToken } from "@/lib/crypto";

const SsoSchema = z.object({
  issuer: z.string().url().startsWith("https://"),
  clientId: z.string().min(4).max(200),
  clientSecret: z.string().min(8).max(500),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const configureSso = adminActionClient
  .metadata({ name: "sso.configured" })
  .inputSchema(SsoSchema)
  .action(async ({ parsedInput, ctx }) => {
    await prisma.ssoConnection.upsert({
      where: { tenantId: ctx.tenantId },
      // ok: mass-assignment
      create: { tenantId: ctx.tenantId, ...parsedInput },
      update: parsedInput,
    });
    // ok: excessive-data-exposure
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const rotateScimToken = withRole(["OWNER"], async (ctx) => {
  const raw = `scim_${newToken(32)}`;
  await prisma.tenant.update({ where: { id: ctx.tenantId }, data: { scimTokenHash: hashToken(raw) } });
  // ok: excessive-data-exposure
  return { token: raw };
});

// ok: missing-auth, missing-input-validation
export const getSsoSettings = withRole(["OWNER", "ADMIN"], async (ctx) => {
  const conn = await prisma.ssoConnection.findUnique({ where: { tenantId: ctx.tenantId } });
  // ok: excessive-data-exposure
  return conn ? { issuer: conn.issuer, clientId: conn.clientId, hasSecret: Boolean(conn.clientSecret) } : null;
});
