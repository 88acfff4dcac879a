"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { auditedAdminAction, adminAction, ActionError } from "@/lib/actions/safe-action";
import { getEm, ApiKey } from "@/lib/db/orm";
import { requireRole } from "@/lib/auth";
import { generateApiKey } from "@/lib/api-keys";
import { ApiKeyCreateSchema, Id } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createApiKey = auditedAdminAction
  .metadata({ actionName: "apiKey.created" })
  .inputSchema(ApiKeyCreateSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { raw, prefix, keyHash } = generateApiKey();
    const em = await getEm();
    em.create(ApiKey, {
      org: ctx.session.orgId,
      name: parsedInput.name,
      // ok: mass-assignment
      scopes: parsedInput.scopes,
      prefix,
      keyHash,
      createdById: ctx.session.memberId,
    });
    await em.flush();
    revalidatePath("/settings/api-keys");
    // ok: excessive-data-exposure
    return { key: raw, prefix };
  });

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export const revokeApiKey = adminAction
  .metadata({ actionName: "apiKey.revoked" })
  .inputSchema(z.object({ keyId: Id }))
  .action(async ({ parsedInput, ctx }) => {
    const em = await getEm();
    // ok: missing-authorization
    const n = await em.nativeUpdate(ApiKey, { id: parsedInput.keyId, org: ctx.session.orgId, revokedAt: null }, { revokedAt: new Date() });
    if (!n) throw new ActionError("Key not found or already revoked.");
    revalidatePath("/settings/api-keys");
  });

// ok: missing-auth, missing-input-validation
export async function listApiKeys() {
  const session = await requireRole(["owner", "admin"]);
  const em = await getEm();
  const keys = await em.find(ApiKey, { org: session.orgId }, { orderBy: { name: "asc" } });
  // ruleid: excessive-data-exposure
  return keys;
}

// ok: missing-auth, missing-input-validation
export async function listApiKeySummaries() {
  const session = await requireRole(["owner", "admin"]);
  const em = await getEm();
  const keys = await em.find(ApiKey, { org: session.orgId }, { fields: ["id", "name", "prefix", "scopes", "lastUsedAt", "revokedAt"] });
  // ok: excessive-data-exposure
  return keys;
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function deleteApiKey(keyId: string) {
  // ok: floating-auth-check
  const session = await requireRole(["owner", "admin"]);
  const id = Id.parse(keyId);
  const em = await getEm();
  // ok: missing-authorization
  await em.nativeDelete(ApiKey, { id, org: session.orgId });
  revalidatePath("/settings/api-keys");
}
