"use server";

import { z } from "zod";
import { randomBytes } from "node:crypto";
import { withOrg } from "@/lib/with-org";
import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/secure-compare";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const createApiKey = withOrg(["OWNER"], async (formData, ctx) => {
  const { name } = z.object({ name: z.string().min(1).max(60) }).parse({ name: formData.get("name") });
  const raw = `cp_live_${randomBytes(24).toString("hex")}`;
  // ok: missing-authorization, mass-assignment
  await prisma.apiKey.create({ data: { orgId: ctx.orgId, name, hashedKey: sha256(raw), prefix: raw.slice(0, 12) } });
  // ok: excessive-data-exposure
  return { key: raw };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const revokeApiKey = withOrg(["OWNER"], async (formData, ctx) => {
  const { keyId } = z.object({ keyId: z.string().cuid() }).parse({ keyId: formData.get("keyId") });
  // ok: missing-authorization
  await prisma.apiKey.updateMany({ where: { id: keyId, orgId: ctx.orgId }, data: { revokedAt: new Date() } });
  await auditLog({ actorId: ctx.userId, action: "apikey.revoked", target: keyId });
});

// ok: missing-auth
export const listApiKeys = withOrg(["OWNER", "ORGANISER"], async (_formData, ctx) => {
  const keys = await prisma.apiKey.findMany({ where: { orgId: ctx.orgId } });
  // ruleid: excessive-data-exposure
  return keys;
});

// ok: missing-auth
export const listApiKeyNames = withOrg(["OWNER", "ORGANISER"], async (_formData, ctx) => {
  const keys = await prisma.apiKey.findMany({ where: { orgId: ctx.orgId } });
  // ok: excessive-data-exposure
  return keys.map((k) => ({ id: k.id, name: k.name, prefix: k.prefix, revoked: !!k.revokedAt }));
});
