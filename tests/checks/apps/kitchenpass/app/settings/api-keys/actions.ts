"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { auth } from "@/lib/better-auth";
import { prisma } from "@/lib/db";
import { logAuditEvent } from "@/lib/audit";
import { newToken, sha256 } from "@/lib/crypto";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function createApiKey(formData: FormData) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  const { name } = z.object({ name: z.string().min(1).max(60) }).parse({ name: formData.get("name") });
  const raw = `kp_live_${newToken(24)}`;
  const key = await prisma.apiKey.create({
    data: { userId: session.user.id, name, keyHash: sha256(raw), prefix: raw.slice(0, 12) },
    select: { id: true, prefix: true },
  });
  await logAuditEvent({ actorId: session.user.id, action: "api_key.created", target: key.id });
  // ok: excessive-data-exposure
  return { id: key.id, prefix: key.prefix, secret: raw };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function revokeApiKey(keyId: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(keyId);
  // ruleid: missing-authorization
  await prisma.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
  revalidatePath("/settings/api-keys");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function revokeApiKeyScoped(keyId: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(keyId);
  // ok: missing-authorization
  await prisma.apiKey.update({ where: { id, userId: session.user.id }, data: { revokedAt: new Date() } });
  await logAuditEvent({ actorId: session.user.id, action: "api_key.revoked", target: id });
  revalidatePath("/settings/api-keys");
}

// ok: missing-auth, missing-input-validation
export async function listApiKeys() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return [];
  const keys = await prisma.apiKey.findMany({ where: { userId: session.user.id, revokedAt: null } });
  // ruleid: excessive-data-exposure
  return keys;
}

// ok: missing-auth, missing-input-validation
export async function listApiKeysSafe() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return [];
  const keys = await prisma.apiKey.findMany({ where: { userId: session.user.id, revokedAt: null } });
  // ok: excessive-data-exposure
  return keys.map(({ id, name, prefix, createdAt }) => ({ id, name, prefix, createdAt }));
}
