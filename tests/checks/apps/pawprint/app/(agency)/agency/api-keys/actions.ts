"use server";

import { z } from "zod";
import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { assertAgencyRole } from "@/lib/permissions";
import { auditLog } from "@/lib/audit";
import { hashToken, newToken } from "@/lib/crypto";

const SCOPES = ["bookings:read", "bookings:write", "pets:read", "sitters:read"] as const;
const createKeySchema = z.object({ agencyId: z.string().cuid(), name: z.string().min(1).max(60), scopes: z.array(z.enum(SCOPES)).min(1) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function createApiKey(_prev: { error?: string; key?: string }, formData: FormData) {
  const { userId } = await auth.protect();
  const parsed = createKeySchema.safeParse({ agencyId: formData.get("agencyId"), name: formData.get("name"), scopes: formData.getAll("scopes") });
  if (!parsed.success) return { error: "Choose a name and at least one scope." };
  await assertAgencyRole(userId, parsed.data.agencyId, ["owner", "admin"]);
  const prefix = newToken(6);
  const raw = `pp_live_${prefix}_${newToken()}`;
  try {
    await prisma.apiKey.create({ data: { agencyId: parsed.data.agencyId, name: parsed.data.name, scopes: parsed.data.scopes, prefix, keyHash: hashToken(raw) } });
  } catch (err) {
    // ruleid: information-disclosure
    return { error: String(err) };
  }
  await auditLog({ actorId: userId, agencyId: parsed.data.agencyId, action: "api_key.created", target: prefix });
  // shown once
  return { key: raw };
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function revokeApiKey(agencyId: string, keyId: string) {
  const { userId } = await auth.protect();
  const input = z.object({ agencyId: z.string().cuid(), keyId: z.string().cuid() }).parse({ agencyId, keyId });
  await assertAgencyRole(userId, input.agencyId, ["owner", "admin"]);
  // ok: missing-authorization
  await prisma.apiKey.update({ where: { id: input.keyId, agencyId: input.agencyId }, data: { revokedAt: new Date() } });
}

// ok: missing-auth, missing-input-validation
export async function listApiKeys(agencyId: string) {
  const { userId } = await auth.protect();
  const id = z.string().cuid().parse(agencyId);
  await assertAgencyRole(userId, id, ["owner", "admin"]);
  const keys = await prisma.apiKey.findMany({ where: { agencyId: id, revokedAt: null } });
  // ruleid: excessive-data-exposure
  return keys;
}

// ok: missing-auth, missing-input-validation
export async function listApiKeysSafe(agencyId: string) {
  const { userId } = await auth.protect();
  const id = z.string().cuid().parse(agencyId);
  await assertAgencyRole(userId, id, ["owner", "admin", "scheduler"]);
  const keys = await prisma.apiKey.findMany({ where: { agencyId: id, revokedAt: null }, select: { id: true, name: true, prefix: true, scopes: true, lastUsedAt: true } });
  // ok: excessive-data-exposure
  return keys;
}
