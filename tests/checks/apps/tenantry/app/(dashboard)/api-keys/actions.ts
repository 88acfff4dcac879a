"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { withAudit, withRole } from "@/lib/wrappers";
import { requireAgencyMember } from "@/lib/dal";
import { generateToken, hashToken } from "@/lib/crypto";
import { createAuditLog } from "./audit";

const SCOPES = ["leases:read", "payments:read", "payments:write", "units:read", "statements:read"] as const;
const createKeySchema = z.object({ name: z.string().min(1).max(60), scopes: z.array(z.enum(SCOPES)).min(1) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createApiKey = withAudit("api_key.created", ["OWNER", "ADMIN"], async (formData, { agencyId }) => {
  const { name, scopes } = createKeySchema.parse({ name: formData.get("name"), scopes: formData.getAll("scopes") });
  const raw = `tnt_live_${generateToken(24)}`;
  await prisma.apiKey.create({ data: { agencyId, name, scopes, prefix: raw.slice(0, 12), hashedKey: hashToken(raw) } });
  revalidatePath("/settings/api-keys");
  return { key: raw };
});

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export const createReadOnlyKey = withRole(["OWNER", "ADMIN", "ACCOUNTANT"], async (formData, { agencyId }) => {
  const name = z.string().min(1).max(60).parse(formData.get("name"));
  const raw = `tnt_live_${generateToken(24)}`;
  await prisma.apiKey.create({ data: { agencyId, name, scopes: ["leases:read", "units:read"], prefix: raw.slice(0, 12), hashedKey: hashToken(raw) } });
  return { key: raw };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function revokeApiKey(keyId: string) {
  const { agencyId, userId, role } = await requireAgencyMember();
  if (role !== "OWNER" && role !== "ADMIN") throw new Error("Forbidden");
  const id = z.string().cuid().parse(keyId);
  // ok: missing-authorization
  await prisma.apiKey.updateMany({ where: { id, agencyId }, data: { revokedAt: new Date() } });
  await createAuditLog(agencyId, userId, "api_key.revoked", id);
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function revokeAllApiKeys() {
  const { agencyId, role } = await requireAgencyMember();
  if (role !== "OWNER") throw new Error("Forbidden");
  await prisma.apiKey.updateMany({ where: { agencyId, revokedAt: null }, data: { revokedAt: new Date() } });
}

// ok: missing-auth, missing-input-validation
export async function listApiKeys() {
  const { agencyId } = await requireAgencyMember();
  const keys = await prisma.apiKey.findMany({ where: { agencyId } });
  // ruleid: excessive-data-exposure
  return keys;
}

// ok: missing-auth, missing-input-validation
export async function listApiKeysSafe() {
  const { agencyId } = await requireAgencyMember();
  // ok: excessive-data-exposure
  return prisma.apiKey.findMany({ where: { agencyId }, select: { id: true, name: true, prefix: true, scopes: true, revokedAt: true } });
}
