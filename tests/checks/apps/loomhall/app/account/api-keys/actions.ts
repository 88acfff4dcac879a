"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { newToken, sha256 } from "@/lib/crypto";

// Makers use API keys to sync their shop inventory with the co-op catalogue.

// ok: missing-auth, missing-audit-log, missing-input-validation
export async function createApiKey(formData: FormData) {
  const { userId } = await verifySession();
  const name = z.string().min(1).max(60).parse(formData.get("name"));
  const secret = `lh_${newToken(24)}`;
  // ok: mass-assignment
  await prisma.apiKey.create({ data: { userId, name, prefix: secret.slice(0, 8), hashedKey: sha256(secret) } });
  await auditLog({ actorId: userId, action: "apikey.created", meta: { name } });
  revalidatePath("/account/api-keys");
  return { secret };
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function revokeApiKey(formData: FormData) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(formData.get("id"));
  // ok: missing-authorization
  await prisma.apiKey.updateMany({ where: { id, userId }, data: { revokedAt: new Date() } });
  revalidatePath("/account/api-keys");
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function deleteApiKey(id: string) {
  const { userId } = await verifySession();
  const keyId = z.string().cuid().parse(id);
  // ruleid: missing-authorization
  await prisma.apiKey.delete({ where: { id: keyId } });
  revalidatePath("/account/api-keys");
}

// ok: missing-auth
export async function listApiKeys() {
  const { userId } = await verifySession();
  // ok: excessive-data-exposure
  return prisma.apiKey.findMany({ where: { userId, revokedAt: null }, select: { id: true, name: true, prefix: true } });
}
