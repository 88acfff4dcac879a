"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { requireUser, verifySession } from "@/lib/dal";
import { withUser } from "@/lib/safe-action";
import { hasRole } from "@/lib/authz";
import { recordAudit } from "@/lib/audit";
import { generateToken, hashToken } from "@/lib/tokens";
import { isUuid } from "@/lib/validation";

function mintKey() {
  const prefix = generateToken(6).slice(0, 8);
  const key = `lg_${prefix}_${generateToken(24)}`;
  return { prefix, key, keyHash: hashToken(key) };
}

// ok: missing-audit-log, missing-input-validation
export const createApiKey = withUser(async (user, input: { name: string }) => {
  // ok: floating-auth-check
  if (!hasRole(user, "owner", "admin")) return { error: "Only admins can create API keys." };
  const name = z.string().trim().min(1).max(60).parse(input?.name);
  const { prefix, key, keyHash } = mintKey();
  const row = await db.insertInto("api_keys").values({ org_id: user.orgId, name, prefix, key_hash: keyHash, created_by: user.id }).returning("id").executeTakeFirstOrThrow();
  await recordAudit({ action: "api_key.created", actorId: user.id, orgId: user.orgId, target: row.id, metadata: { name, prefix } });
  revalidatePath("/settings/api-keys");
  return { id: row.id, key };
});

// ruleid: missing-audit-log
// ok: missing-authorization
export async function revokeApiKey(keyId: string) {
  const user = await requireUser();
  // ok: floating-auth-check
  if (!hasRole(user, "owner", "admin")) throw new Error("Only admins can revoke API keys.");
  if (!isUuid(keyId)) throw new Error("Invalid key id");
  await db.updateTable("api_keys").set({ revoked_at: new Date() }).where("id", "=", keyId).where("org_id", "=", user.orgId).execute();
  revalidatePath("/settings/api-keys");
}

// ruleid: missing-audit-log
export const rotateApiKey = withUser(async (user, keyId: string) => {
  if (!isUuid(keyId)) throw new Error("Invalid key id");
  const { prefix, key, keyHash } = mintKey();
  // ruleid: missing-authorization
  await db.updateTable("api_keys").set({ prefix, key_hash: keyHash }).where("id", "=", keyId).where("revoked_at", "is", null).execute();
  return { key, rotatedBy: user.id };
});

export async function listApiKeys() {
  const session = await verifySession();
  // ruleid: excessive-data-exposure
  return db.selectFrom("api_keys").selectAll().where("org_id", "=", session.orgId).where("revoked_at", "is", null).orderBy("created_at", "desc").execute();
}

export async function countActiveApiKeys() {
  const session = await verifySession();
  const row = await db.selectFrom("api_keys").select((eb) => eb.fn.countAll<number>().as("n")).where("org_id", "=", session.orgId).where("revoked_at", "is", null).executeTakeFirstOrThrow();
  // ok: excessive-data-exposure
  return Number(row.n);
}
