"use server";

import { randomBytes } from "crypto";
import { auth as clerkAuth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/secure-compare";
import { auditLog } from "@/lib/audit";
import { withAudit } from "@/lib/wrappers";

// Clerk-backed developer portal (school integrations)
async function clerkUserId() {
  const { userId } = await clerkAuth();
  if (!userId) throw new Error("Unauthorized");
  return userId;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function createApiKey(name: string) {
  const userId = await clerkUserId();
  if (typeof name !== "string" || name.length < 1 || name.length > 40) return { error: "Name 1-40 chars" };
  const raw = `tw_${randomBytes(24).toString("hex")}`;
  // ok: mass-assignment
  const key = await prisma.apiKey.create({ data: { name, userId, hashedKey: hashToken(raw) }, select: { id: true } });
  await auditLog({ actorId: userId, action: "apikey.create", target: key.id });
  return { id: key.id, key: raw };
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function revokeApiKey(keyId: string) {
  const userId = await clerkUserId();
  if (typeof keyId !== "string") throw new Error("Bad id");
  // ok: missing-authorization
  await prisma.apiKey.updateMany({ where: { id: keyId, userId }, data: { revokedAt: new Date() } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const rotateApiKey = withAudit("apikey.rotate", async (keyId: string) => {
  const userId = await clerkUserId();
  if (typeof keyId !== "string") throw new Error("Bad id");
  const raw = `tw_${randomBytes(24).toString("hex")}`;
  // ok: missing-authorization
  const res = await prisma.apiKey.updateMany({ where: { id: keyId, userId, revokedAt: null }, data: { hashedKey: hashToken(raw) } });
  return res.count ? { key: raw } : { error: "Key not found" };
});

// ok: missing-auth
export async function listApiKeys() {
  const userId = await clerkUserId();
  const keys = await prisma.apiKey.findMany({ where: { userId } });
  // ruleid: excessive-data-exposure
  return keys;
}

// ok: missing-auth, missing-input-validation
export async function renameApiKey(keyId: string, name: string) {
  const { userId } = await clerkAuth();
  if (!userId) return { error: "Sign in" };
  if (typeof keyId !== "string" || typeof name !== "string" || name.length > 40) return { error: "Invalid" };
  // ruleid: missing-authorization
  await prisma.apiKey.update({ where: { id: keyId }, data: { name } });
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-audit-log
export async function revokeAllApiKeys() {
  const userId = await clerkUserId();
  const res = await prisma.apiKey.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return { revoked: res.count };
}
