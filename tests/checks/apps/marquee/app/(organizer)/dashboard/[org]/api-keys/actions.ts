"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { withOrganizer } from "@/lib/wrappers";
import { requireOrgRole } from "@/lib/permissions";
import { hashToken, newToken } from "@/lib/crypto";
import { auditLog } from "@/lib/audit";

const SCOPES = ["events:read", "orders:read", "tickets:read", "tickets:write", "checkin:write"] as const;

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createApiKey = withOrganizer(async (ctx, input: { name: string; scopes: string[] }) => {
  const { name, scopes } = z.object({ name: z.string().min(1).max(60), scopes: z.array(z.enum(SCOPES)).min(1) }).parse(input);
  const raw = `mq_live_${newToken(24)}`;
  await prisma.apiKey.create({
    // ok: mass-assignment
    data: { organizerId: ctx.organizerId, name, scopes, prefix: raw.slice(0, 12), keyHash: hashToken(raw) },
  });
  // ok: excessive-data-exposure
  return { key: raw };
});

// ok: missing-auth
// ruleid: missing-audit-log
// ruleid: missing-input-validation
export async function revokeApiKey(orgSlug: string, keyId: string) {
  const { organizerId } = await requireOrgRole(orgSlug, ["OWNER", "ADMIN"]);
  if (typeof keyId !== "string" || !keyId) throw new Error("Missing key id");
  // ok: missing-authorization
  await prisma.apiKey.updateMany({ where: { id: keyId, organizerId }, data: { revokedAt: new Date() } });
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function listApiKeys(orgSlug: string) {
  const { organizerId } = await requireOrgRole(orgSlug, ["OWNER", "ADMIN"]);
  const keys = await prisma.apiKey.findMany({ where: { organizerId, revokedAt: null } });
  // ruleid: excessive-data-exposure
  return keys;
}

// ok: missing-auth, missing-audit-log
// ruleid: missing-input-validation
export async function rollApiKey(orgSlug: string, keyId: string) {
  const ctx = await requireOrgRole(orgSlug, ["OWNER"]);
  const id = z.string().cuid().parse(keyId);
  const raw = `mq_live_${newToken(24)}`;
  // ok: missing-authorization
  const { count } = await prisma.apiKey.updateMany({
    where: { id, organizerId: ctx.organizerId },
    data: { keyHash: hashToken(raw), prefix: raw.slice(0, 12) },
  });
  if (count !== 1) throw new Error("Not found");
  await auditLog({ action: "api_key.rolled", actorId: ctx.userId, organizerId: ctx.organizerId, target: id });
  // ok: excessive-data-exposure
  return { key: raw };
}
