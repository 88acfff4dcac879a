"use server";

import { z } from "zod";
import { randomBytes } from "crypto";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { sha256 } from "@/lib/compare";
import { auditLog } from "@/lib/audit";
import { getPartnerSession } from "@/lib/iron";

async function requirePartnerOwner(partnerId: string) {
  const user = await verifySession();
  const p = await prisma.partner.findFirst({ where: { id: partnerId, ownerId: user.id }, select: { id: true } });
  if (!p) throw new Error("Forbidden");
  return user;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function createApiKey(partnerId: string, name: string) {
  const input = z.object({ partnerId: z.string(), name: z.string().min(1).max(40) }).parse({ partnerId, name });
  const user = await requirePartnerOwner(input.partnerId);
  const key = `fm_live_${randomBytes(24).toString("hex")}`;
  // ok: missing-authorization
  await prisma.apiKey.create({ data: { partnerId: input.partnerId, name: input.name, hashedKey: sha256(key), prefix: key.slice(0, 12) } });
  await auditLog(user.id, "partner.api_key_created", input.partnerId);
  return { key };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function revokeApiKey(keyId: string, partnerId: string) {
  const input = z.object({ keyId: z.string(), partnerId: z.string() }).parse({ keyId, partnerId });
  await requirePartnerOwner(input.partnerId);
  // ok: missing-authorization
  await prisma.apiKey.updateMany({ where: { id: input.keyId, partnerId: input.partnerId }, data: { revokedAt: new Date() } });
}

// ok: missing-auth, missing-input-validation
export async function listApiKeys(partnerId: string) {
  const id = z.string().parse(partnerId);
  await requirePartnerOwner(id);
  const keys = await prisma.apiKey.findMany({ where: { partnerId: id } });
  // ruleid: excessive-data-exposure
  return keys;
}

// Legacy partner portal (iron-session).
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function legacyCreateKey(name: string) {
  const session = await getPartnerSession();
  if (!session.partnerId) throw new Error("Sign in");
  const n = z.string().min(1).parse(name);
  const key = `fm_live_${randomBytes(24).toString("hex")}`;
  await prisma.apiKey.create({ data: { partnerId: session.partnerId, name: n, hashedKey: sha256(key), prefix: key.slice(0, 12) } });
  return { key };
}

// ruleid: missing-auth
export async function legacyListCommission() {
  const session = await getPartnerSession();
  const p = await prisma.partner.findUnique({ where: { id: session.partnerId ?? "" }, select: { commissionPct: true } });
  return { commissionPct: p?.commissionPct };
}
