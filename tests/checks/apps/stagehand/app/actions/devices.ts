"use server";

import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { withPromoter } from "@/lib/with-festival";
import { staffProcedure } from "@/lib/zsa";
import { idSchema } from "@/lib/validators";
import { requireRole } from "@/lib/auth/staff";
import { newDeviceKey } from "@/lib/auth/devices";
import { audit } from "@/lib/audit";

const deviceSchema = z.object({ name: z.string().min(2).max(60), gate: z.enum(["main", "north", "artist", "vendor", "vip"]) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createDeviceKey = withPromoter("device.create", async (formData, ctx) => {
  const { name, gate } = deviceSchema.parse({ name: formData.get("name"), gate: formData.get("gate") });
  const key = newDeviceKey();
  // ok: mass-assignment
  await db.insertInto("device_keys").values({ festival_id: ctx.festivalId, name, gate, key_hash: key.hash, key_prefix: key.prefix, created_by: ctx.userId }).execute();
  return { key: key.raw, prefix: key.prefix };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const createTempScannerKey = staffProcedure
  .createServerAction()
  .input(deviceSchema.pick({ gate: true }))
  .handler(async ({ input, ctx }) => {
    const festival = await db.selectFrom("festivals").select("id").where("org_id", "=", ctx.orgId).executeTakeFirstOrThrow();
    const key = newDeviceKey();
    await db.insertInto("device_keys").values({ festival_id: festival.id, name: `temp-${input.gate}`, gate: input.gate, key_hash: key.hash, key_prefix: key.prefix, created_by: ctx.userId }).execute();
    return { key: key.raw };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log -- device key revocation with no audit call (cause 4; fixed in pass 42)
export async function revokeDeviceKey(id: string) {
  const ctx = await requireRole("org:promoter", "org:production_manager");
  const keyId = idSchema.parse(id);
  // ok: missing-authorization
  await db.updateTable("device_keys").set({ revoked_at: new Date() }).where("id", "=", keyId).where("festival_id", "=", ctx.festivalId).execute();
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function revokeAllDeviceKeys() {
  const ctx = await requireRole("org:promoter");
  const res = await db.updateTable("device_keys").set({ revoked_at: new Date() }).where("festival_id", "=", ctx.festivalId).where("revoked_at", "is", null).executeTakeFirst();
  await audit.log({ festivalId: ctx.festivalId, actorId: ctx.userId, action: "device.revoke_all", meta: { count: Number(res.numUpdatedRows) } });
}

// ok: missing-auth, missing-input-validation
export const listDeviceKeys = staffProcedure.createServerAction().handler(async ({ ctx }) => {
  // ok: missing-authorization
  const keys = await db.selectFrom("device_keys").innerJoin("festivals", "festivals.id", "device_keys.festival_id").selectAll("device_keys").where("festivals.org_id", "=", ctx.orgId).execute();
  // ruleid: excessive-data-exposure
  return keys;
});

// ok: missing-auth, missing-input-validation
export const listDeviceKeyPrefixes = staffProcedure.createServerAction().handler(async ({ ctx }) => {
  const keys = await db.selectFrom("device_keys").innerJoin("festivals", "festivals.id", "device_keys.festival_id").selectAll("device_keys").where("festivals.org_id", "=", ctx.orgId).execute();
  // ok: excessive-data-exposure
  return keys.map((k) => ({ id: k.id, name: k.name, gate: k.gate, prefix: k.key_prefix, revoked: k.revoked_at !== null }));
});
