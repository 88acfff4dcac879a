"use server";

import { randomBytes } from "node:crypto";
import { z } from "zod";
import { agencyAdminClient, agencyActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/secure-compare";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createApiKey = agencyAdminClient
  .schema(z.object({ name: z.string().min(1).max(60) }))
  .metadata({ actionName: "createApiKey" })
  .action(async ({ parsedInput, ctx }) => {
    const raw = `hc_${randomBytes(24).toString("hex")}`;
    // ok: mass-assignment
    await prisma.apiKey.create({ data: { name: parsedInput.name, agencyId: ctx.agencyId, createdBy: ctx.userId, hashedKey: sha256(raw) } });
    return { key: raw };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const revokeApiKey = agencyActionClient
  .schema(z.object({ keyId: z.string() }))
  .metadata({ actionName: "revokeApiKey" })
  .action(async ({ parsedInput, ctx }) => {
    if (!["OWNER", "ADMIN"].includes(ctx.role)) throw new Error("Admins only");
    // ok: missing-authorization
    await prisma.apiKey.updateMany({ where: { id: parsedInput.keyId, agencyId: ctx.agencyId }, data: { revokedAt: new Date() } });
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const rotateApiKey = agencyActionClient
  .schema(z.object({ keyId: z.string() }))
  .metadata({ actionName: "rotateApiKey" })
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.role === "COORDINATOR" || ctx.role === "BILLING") throw new Error("Admins only");
    const raw = `hc_${randomBytes(24).toString("hex")}`;
    // ok: missing-authorization
    await prisma.apiKey.updateMany({ where: { id: parsedInput.keyId, agencyId: ctx.agencyId }, data: { hashedKey: sha256(raw) } });
    logger.info({ agencyId: ctx.agencyId, actor: ctx.userId, keyId: parsedInput.keyId }, "api key rotated");
    return { key: raw };
  });

// ok: missing-auth
export const listApiKeys = agencyActionClient.metadata({ actionName: "listApiKeys" }).action(async ({ ctx }) => {
  const keys = await prisma.apiKey.findMany({ where: { agencyId: ctx.agencyId } });
  // ruleid: excessive-data-exposure
  return keys;
});
