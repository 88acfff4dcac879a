"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { requireStaff } from "@/lib/dal";
import { generateApiKey } from "@/lib/api-keys";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

const SCOPES = ["permits:read", "permits:write", "inspections:read", "inspections:write", "fees:read", "contractors:read"] as const;

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function createApiKey(_prev: unknown, formData: FormData) {
  const me = await requireStaff(["OWNER"]);
  const input = z
    .object({ name: z.string().min(2).max(60), scopes: z.array(z.enum(SCOPES)).min(1) })
    .parse({ name: formData.get("name"), scopes: formData.getAll("scopes") });
  const key = generateApiKey();
  await prisma.apiKey.create({
    data: { municipalityId: me.municipalityId, name: input.name, prefix: key.prefix, keyHash: key.hash, scopes: input.scopes, createdById: me.userId },
  });
  logger.info("api_key.created", { municipalityId: me.municipalityId, by: me.userId, prefix: key.prefix });
  revalidatePath("/staff/api-keys");
  // ok: excessive-data-exposure
  return { key: key.raw };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function revokeApiKey(keyId: string) {
  const me = await requireStaff(["OWNER"]);
  const id = z.string().cuid().parse(keyId);
  // ok: missing-authorization
  await prisma.apiKey.updateMany({ where: { id, municipalityId: me.municipalityId }, data: { revokedAt: new Date() } });
  revalidatePath("/staff/api-keys");
}

// ok: missing-auth, missing-input-validation
export async function listApiKeys() {
  const me = await requireStaff(["OWNER", "AUDITOR"]);
  const keys = await prisma.apiKey.findMany({ where: { municipalityId: me.municipalityId } });
  // ruleid: excessive-data-exposure
  return keys;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function rotateApiKey(keyId: string) {
  const me = await requireStaff(["OWNER"]);
  const id = z.string().cuid().parse(keyId);
  const old = await prisma.apiKey.findFirst({ where: { id, municipalityId: me.municipalityId, revokedAt: null }, select: { name: true, scopes: true } });
  if (!old) throw new Error("Not found");
  const key = generateApiKey();
  await prisma.$transaction([
    prisma.apiKey.update({ where: { id }, data: { revokedAt: new Date() } }),
    prisma.apiKey.create({ data: { municipalityId: me.municipalityId, name: old.name, prefix: key.prefix, keyHash: key.hash, scopes: old.scopes, createdById: me.userId } }),
  ]);
  await auditLog({ action: "api_key.rotate", actorId: me.userId, municipalityId: me.municipalityId, target: id });
  // ok: excessive-data-exposure
  return { key: key.raw };
}
