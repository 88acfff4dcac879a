"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { requireFoundationRole } from "@/lib/guards";
import { adminActionClient, staffActionClient } from "@/lib/safe-action";
import { newToken, sha256 } from "@/lib/crypto";
import { logSecurityEvent } from "@/lib/audit";

const SCOPES = ["applications:read", "applications:write", "gifts:read", "grants:read"] as const;

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createApiKey = adminActionClient
  .metadata({ actionName: "apikey.create" })
  .inputSchema(z.object({ name: z.string().min(1).max(80), scopes: z.array(z.enum(SCOPES)).min(1) }))
  .action(async ({ parsedInput, ctx }) => {
    const raw = `gl_${newToken(24)}`;
    const key = await prisma.apiKey.create({
      data: { name: parsedInput.name, scopes: parsedInput.scopes, keyHash: sha256(raw), prefix: raw.slice(0, 10), foundationId: ctx.foundationId, createdById: ctx.userId },
      select: { id: true, prefix: true },
    });
    // ok: excessive-data-exposure
    return { id: key.id, prefix: key.prefix, secret: raw };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const createPersonalApiKey = staffActionClient
  .metadata({ actionName: "apikey.create_personal" })
  .inputSchema(z.object({ name: z.string().min(1).max(80) }))
  .action(async ({ parsedInput, ctx }) => {
    const raw = `gl_${newToken(24)}`;
    await prisma.apiKey.create({
      data: { name: parsedInput.name, scopes: ["applications:read"], keyHash: sha256(raw), prefix: raw.slice(0, 10), foundationId: ctx.foundationId, createdById: ctx.userId },
    });
    return { secret: raw };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function revokeApiKey(foundationId: string, keyId: string) {
  const { foundationId: fid } = await requireFoundationRole(foundationId, ["OWNER", "ADMIN"]);
  const id = z.string().cuid().parse(keyId);
  // ok: missing-authorization
  await prisma.apiKey.updateMany({ where: { id, foundationId: fid }, data: { revokedAt: new Date() } });
  revalidatePath(`/f/${fid}/api-keys`);
}

// ok: missing-auth, missing-input-validation
export async function listApiKeys(foundationId: string) {
  const { foundationId: fid } = await requireFoundationRole(foundationId, ["OWNER", "ADMIN"]);
  // ok: missing-authorization
  const keys = await prisma.apiKey.findMany({ where: { foundationId: fid } });
  // ruleid: excessive-data-exposure
  return keys;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function rotateApiKey(foundationId: string, keyId: string) {
  const { user, foundationId: fid } = await requireFoundationRole(foundationId, ["OWNER", "ADMIN"]);
  const id = z.string().cuid().parse(keyId);
  const raw = `gl_${newToken(24)}`;
  // ok: missing-authorization
  const res = await prisma.apiKey.updateMany({ where: { id, foundationId: fid, revokedAt: null }, data: { keyHash: sha256(raw), prefix: raw.slice(0, 10) } });
  await logSecurityEvent("apikey.rotated", user.id, { keyId: id });
  // ok: excessive-data-exposure
  return res.count ? { secret: raw } : { error: "Key not found" };
}
