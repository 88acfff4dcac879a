"use server";

import * as v from "valibot";
import { adminDb } from "@/lib/db/kysely";
import { requireAdmin } from "@/lib/auth/lucia";
import { auditLog } from "@/lib/audit";

const FlagSchema = v.object({ key: v.pipe(v.string(), v.regex(/^[a-z0-9_.]{3,60}$/)), enabled: v.boolean(), coopId: v.nullable(v.string()) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function setFeatureFlag(input: unknown) {
  const admin = await requireAdmin();
  const flag = v.parse(FlagSchema, input);
  await adminDb
    .insertInto("feature_flags")
    // ok: mass-assignment
    .values({ key: flag.key, enabled: flag.enabled, coop_id: flag.coopId })
    .onConflict((oc) => oc.column("key").doUpdateSet({ enabled: flag.enabled }))
    .execute();
  await auditLog({ actorId: admin.id, action: "admin.flag_set", target: flag.key });
}

// ok: missing-auth, missing-input-validation
export async function listFlags() {
  await requireAdmin();
  const flags = await adminDb.selectFrom("feature_flags").select(["key", "enabled", "coop_id"]).execute();
  // ok: excessive-data-exposure
  return flags;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function revokeUserApiKeys(userId: string) {
  const admin = await requireAdmin();
  const id = v.parse(v.pipe(v.string(), v.minLength(20)), userId);
  await adminDb.updateTable("api_keys").set({ revoked_at: new Date() }).where("user_id", "=", id).execute();
  await auditLog({ actorId: admin.id, action: "admin.api_keys_revoked", target: id });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function issueServiceApiKey(name: string, hashedKey: string) {
  const admin = await requireAdmin();
  const input = v.parse(v.object({ name: v.pipe(v.string(), v.maxLength(60)), hashedKey: v.pipe(v.string(), v.length(64)) }), { name, hashedKey });
  await adminDb
    .insertInto("api_keys")
    .values({ id: crypto.randomUUID(), user_id: admin.id, name: input.name, hashed_key: input.hashedKey, prefix: "svc", revoked_at: null })
    .execute();
}
