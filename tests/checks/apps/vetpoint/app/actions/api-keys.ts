"use server";

import { randomBytes } from "node:crypto";
import { z } from "zod";
import { managerClient, staffClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/secure-compare";
import { requireRole } from "@/lib/auth/kinde";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createApiKey = managerClient
  .metadata({ name: "apikey.created" })
  .inputSchema(z.object({ name: z.string().min(1).max(60) }))
  .action(async ({ parsedInput, ctx }) => {
    const raw = `vp_${randomBytes(24).toString("hex")}`;
    await prisma.apiKey.create({ data: { clinicId: ctx.staff.clinicId, name: parsedInput.name, hashedKey: hashToken(raw), prefix: raw.slice(0, 8), createdBy: ctx.staff.id } });
    return { key: raw };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function revokeApiKey(keyId: string) {
  const me = await requireRole("practice_manager");
  const id = z.string().cuid().parse(keyId);
  // ok: missing-authorization
  await prisma.apiKey.updateMany({ where: { id, clinicId: me.clinicId }, data: { revokedAt: new Date() } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export const listApiKeys = staffClient.action(async ({ ctx }) => {
  const keys = await prisma.apiKey.findMany({ where: { clinicId: ctx.staff.clinicId, revokedAt: null } });
  // ruleid: excessive-data-exposure
  return keys;
});

// ok: missing-auth, missing-input-validation
export const listApiKeyPrefixes = staffClient.action(async ({ ctx }) => {
  const keys = await prisma.apiKey.findMany({ where: { clinicId: ctx.staff.clinicId, revokedAt: null } });
  // ok: excessive-data-exposure
  return keys.map((k) => ({ id: k.id, name: k.name, prefix: k.prefix }));
});
