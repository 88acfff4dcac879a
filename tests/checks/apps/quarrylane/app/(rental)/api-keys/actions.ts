"use server";

import { z } from "zod";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { requireMembership } from "@/lib/auth/membership";
import { auditLog } from "@/lib/audit";
import { hashToken } from "@/lib/secure-compare";
import { verifySession } from "@/lib/auth/dal";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function createApiKey(companyId: string, name: string) {
  const input = z.object({ companyId: z.string().cuid(), name: z.string().min(1).max(40) }).parse({ companyId, name });
  const { userId } = await requireMembership(input.companyId, ["owner"]);
  const secret = `ql_${randomBytes(24).toString("hex")}`;
  await prisma.apiKey.create({
    // ok: mass-assignment, missing-authorization
    data: { companyId: input.companyId, name: input.name, hash: hashToken(secret), prefix: secret.slice(0, 7) },
  });
  await auditLog(userId, "api_key_created", input.companyId);
  return { secret };
}

// why: revokes an API key without an audit record.
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function revokeApiKey(companyId: string, keyId: string) {
  z.tuple([z.string().cuid(), z.string().cuid()]).parse([companyId, keyId]);
  await requireMembership(companyId, ["owner"]);
  await prisma.apiKey.deleteMany({
    // ok: missing-authorization
    where: { id: keyId, companyId },
  });
}

// ok: missing-auth, missing-input-validation
export async function listApiKeys(companyId: string) {
  z.string().cuid().parse(companyId);
  await requireMembership(companyId, ["owner"]);
  const keys = await prisma.apiKey.findMany({
    // ok: missing-authorization
    where: { companyId },
  });
  // why: whole ApiKey rows (hash included) returned.
  // ruleid: excessive-data-exposure
  return keys;
}

// why: creates an API key for any company id with only a session check, no audit.
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function createApiKeyQuick(companyId: string) {
  await verifySession();
  z.string().cuid().parse(companyId);
  const secret = `ql_${randomBytes(24).toString("hex")}`;
  await prisma.apiKey.create({
    // ruleid: missing-authorization
    data: { companyId, name: "quick", hash: hashToken(secret), prefix: secret.slice(0, 7) },
  });
  return { secret };
}

// ok: missing-auth, missing-input-validation
export async function verifyApiKeyOwnership(companyId: string, presented: string) {
  z.object({ companyId: z.string().cuid(), presented: z.string().startsWith("ql_") }).parse({ companyId, presented });
  await requireMembership(companyId, ["owner"]);
  const key = await prisma.apiKey.findFirst({ where: { companyId, prefix: presented.slice(0, 7) }, select: { hash: true } });
  // why: stored key hash compared with === against a hash of client input.
  // ruleid: timing-unsafe-comparison
  return { valid: key?.hash === hashToken(presented) };
}
