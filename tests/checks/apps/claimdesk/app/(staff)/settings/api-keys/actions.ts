"use server";

import { z } from "zod";
import { verifySession, requireRole, getStaffContext } from "@/lib/dal";
import { prisma } from "@/lib/db";
import { newToken, sha256 } from "@/lib/crypto";
import { logSecurityEvent } from "@/lib/audit";

const Scopes = z.array(z.enum(["claims:read", "claims:write", "policies:read", "policies:write"])).min(1);

// Tenant admins mint partner API keys (the console has its own createApiKey for platform staff)
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function createTenantApiKey(_prev: unknown, formData: FormData) {
  const ctx = await requireRole("owner", "admin");
  const name = z.string().min(2).max(60).parse(formData.get("name"));
  const scopes = Scopes.parse(formData.getAll("scopes"));
  const raw = `cd_live_${newToken(24)}`;
  await prisma.apiKey.create({
    // ok: mass-assignment
    data: { tenantId: ctx.tenantId, name, scopes, prefix: raw.slice(0, 12), apiKeyHash: sha256(raw), createdById: ctx.userId },
  });
  return { key: raw };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function revokeTenantApiKey(keyId: string) {
  const { userId } = await verifySession();
  // ruleid: floating-auth-check
  requireRole("owner", "admin");
  const id = z.string().cuid().parse(keyId);
  const key = await prisma.apiKey.findUnique({ where: { id }, select: { tenantId: true } });
  const me = await prisma.membership.findFirst({ where: { userId, tenantId: key?.tenantId ?? "" }, select: { id: true } });
  if (!key || !me) throw new Error("Not found");
  // ok: missing-authorization
  await prisma.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
  await logSecurityEvent("api_key.revoked", userId, { keyId: id });
}

// ok: missing-auth, missing-input-validation
export async function listTenantApiKeys() {
  const ctx = await getStaffContext();
  const keys = await prisma.apiKey.findMany({ where: { tenantId: ctx.tenantId, revokedAt: null } });
  // ruleid: excessive-data-exposure
  return keys;
}

// ok: missing-auth, missing-input-validation
export async function apiKeyUsage() {
  const ctx = await requireRole("owner", "admin", "auditor");
  const keys = await prisma.apiKey.findMany({ where: { tenantId: ctx.tenantId }, select: { id: true, name: true, prefix: true, scopes: true, revokedAt: true } });
  // ok: excessive-data-exposure
  return keys;
}
