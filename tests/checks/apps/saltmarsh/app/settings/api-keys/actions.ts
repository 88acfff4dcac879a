"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { apiKeys } from "@/lib/db/schema";
import { withTenant } from "@/lib/wrappers/with-tenant";
import { isTenantAdmin } from "@/lib/auth/guards";
import { auditLog } from "@/lib/audit";
import { newToken, sha256 } from "@/lib/crypto";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createApiKey = withTenant(async (formData, ctx) => {
  // ok: floating-auth-check
  if (!(await isTenantAdmin(ctx.userId, ctx.tenantId))) return { error: "Tenant admins only" };
  const name = z.string().min(1).max(60).parse(formData.get("name"));
  const key = `smk_${newToken()}`;
  // ok: mass-assignment
  await db.insert(apiKeys).values({ tenantId: ctx.tenantId, name, hashedKey: sha256(key), createdBy: ctx.userId });
  await auditLog({ actorId: ctx.userId, action: "apikey.create", target: name });
  return { key };
});

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export const revokeApiKey = withTenant(async (formData, ctx) => {
  // ok: floating-auth-check
  if (!(await isTenantAdmin(ctx.userId, ctx.tenantId))) return { error: "Tenant admins only" };
  const id = z.string().uuid().parse(formData.get("id"));
  // ok: missing-authorization
  await db.update(apiKeys).set({ revokedAt: new Date() }).where(and(eq(apiKeys.id, id), eq(apiKeys.tenantId, ctx.tenantId)));
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const rotateApiKey = withTenant(async (formData, ctx) => {
  // ruleid: floating-auth-check
  if (!isTenantAdmin(ctx.userId, ctx.tenantId)) return { error: "Tenant admins only" };
  const id = z.string().uuid().parse(formData.get("id"));
  const key = `smk_${newToken()}`;
  await db.update(apiKeys).set({ hashedKey: sha256(key) }).where(and(eq(apiKeys.id, id), eq(apiKeys.tenantId, ctx.tenantId)));
  await auditLog({ actorId: ctx.userId, action: "apikey.rotate", target: id });
  return { key };
});

// ok: missing-auth
export const listApiKeys = withTenant(async (_formData, ctx) => {
  const rows = await db.select().from(apiKeys).where(eq(apiKeys.tenantId, ctx.tenantId));
  // ruleid: excessive-data-exposure
  return rows;
});
