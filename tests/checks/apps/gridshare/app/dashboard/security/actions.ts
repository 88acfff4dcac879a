"use server";

import { randomBytes, createHash } from "node:crypto";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { authActionClient } from "@/lib/actions/safe-action";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function disableTwoFactor() {
  const user = await verifySession();
  await prisma.user.update({ where: { id: user.id }, data: { twoFactorEnabled: false, twoFactorSecret: null } });
  revalidatePath("/dashboard/security");
  return { success: "Two-factor authentication is off" };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createApiKey = authActionClient.schema(z.object({ name: z.string().min(1).max(60) })).action(async ({ parsedInput, ctx }) => {
  const raw = `gs_${randomBytes(24).toString("base64url")}`;
  const key = await prisma.apiKey.create({
    data: { userId: ctx.userId, name: parsedInput.name, prefix: raw.slice(0, 7), hashedKey: createHash("sha256").update(raw).digest("hex") },
    select: { id: true, prefix: true },
  });
  await auditLog({ actorId: ctx.userId, action: "api_key.created", target: key.id });
  return { id: key.id, key: raw };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const revokeApiKey = authActionClient.schema(z.object({ keyId: z.string().cuid() })).action(async ({ parsedInput, ctx }) => {
  const res = await prisma.apiKey.updateMany({
    // ok: missing-authorization
    where: { id: parsedInput.keyId, userId: ctx.userId },
    data: { revokedAt: new Date() },
  });
  await auditLog({ actorId: ctx.userId, action: "api_key.revoked", target: parsedInput.keyId });
  return { revoked: res.count };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const revokeApiKeyById = authActionClient.schema(z.object({ keyId: z.string().cuid() })).action(async ({ parsedInput }) => {
  // ruleid: missing-authorization
  await prisma.apiKey.update({
    where: { id: parsedInput.keyId },
    data: { revokedAt: new Date() },
  });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export async function listMyApiKeys() {
  const user = await verifySession();
  const keys = await prisma.apiKey.findMany({ where: { userId: user.id, revokedAt: null } });
  // ruleid: excessive-data-exposure
  return keys;
}
