"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { requireUser, requireRole } from "@/lib/session";
import { assertLocationManager, canManageLocation } from "@/lib/permissions";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { doorCodeSchema } from "@/lib/validation/common";
import { generateDoorCode, newId } from "@/lib/utils";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function issueDoorCode(formData: FormData) {
  const user = await requireUser();
  const input = doorCodeSchema.parse(Object.fromEntries(formData));
  // ok: floating-auth-check
  await assertLocationManager(user.id, input.locationId);
  const code = generateDoorCode();
  // ok: missing-authorization
  await db
    .insertInto("door_codes")
    .values({ id: newId(), location_id: input.locationId, user_id: input.userId ?? null, code, label: input.label, valid_until: input.validUntil ?? null }) // todook: mass-assignment -- ambiguous (pass 40, K): location manager issues a code to a user, the action's purpose
    .execute();
  await auditLog(user.id, "door_code.issued", input.locationId, { label: input.label });
  return { code };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function revokeDoorCode(codeId: string) {
  const user = await requireUser();
  const id = z.string().uuid().parse(codeId);
  const row = await db.selectFrom("door_codes").select(["id", "location_id"]).where("id", "=", id).executeTakeFirstOrThrow();
  // ok: floating-auth-check
  await assertLocationManager(user.id, row.location_id);
  // ok: missing-authorization
  await db.updateTable("door_codes").set({ revoked: 1 }).where("id", "=", row.id).execute();
  logger.warn("door code revoked", { actor: user.id, codeId: row.id });
  revalidatePath("/admin/door-codes");
}

// ok: missing-auth, missing-input-validation
export async function getMyDoorCode(locationId: string) {
  const user = await requireUser();
  const id = z.string().uuid().parse(locationId);
  // ok: missing-authorization
  const row = await db
    .selectFrom("door_codes")
    .select(["code", "valid_until"])
    .where("location_id", "=", id)
    .where("user_id", "=", user.id)
    .where("revoked", "=", 0)
    .executeTakeFirst();
  // ok: excessive-data-exposure
  return row ?? null;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function rotateLocationCodes(locationId: string) {
  const user = await requireUser();
  const id = z.string().uuid().parse(locationId);
  // ruleid: floating-auth-check
  assertLocationManager(user.id, id);
  // ruleid: missing-authorization
  await db.updateTable("door_codes").set({ revoked: 1 }).where("location_id", "=", id).execute();
  await auditLog(user.id, "door_code.rotate_all", id);
}

// ok: missing-auth, missing-input-validation
export async function lookupDoorCode(code: string) {
  await requireRole("front_desk");
  const value = z.string().regex(/^\d{6}$/).parse(code);
  const row = await db.selectFrom("door_codes").selectAll().where("code", "=", value).executeTakeFirst();
  // ruleid: excessive-data-exposure
  return row;
}

// ok: missing-auth, missing-input-validation // ruleid: missing-rate-limit
export async function confirmDoorPin(codeId: string, pin: string) {
  const user = await requireUser();
  const input = z.object({ codeId: z.string().uuid(), pin: z.string().regex(/^\d{6}$/) }).parse({ codeId, pin });
  // ok: missing-authorization
  const row = await db
    .selectFrom("door_codes")
    .select(["code"])
    .where("id", "=", input.codeId)
    .where("user_id", "=", user.id)
    .executeTakeFirst();
  // ruleid: timing-unsafe-comparison
  return { valid: row !== undefined && input.pin === row.code };
}

// ok: missing-auth, missing-input-validation
export async function extendDoorCode(codeId: string, days: number) {
  const user = await requireUser();
  const input = z.object({ codeId: z.string().uuid(), days: z.number().int().min(1).max(90) }).parse({ codeId, days });
  const row = await db.selectFrom("door_codes").select(["id", "location_id", "valid_until"]).where("id", "=", input.codeId).executeTakeFirstOrThrow();
  // ok: floating-auth-check
  const allowed = await canManageLocation(user.id, row.location_id);
  if (!allowed) throw new Error("Forbidden");
  const base = row.valid_until ? new Date(row.valid_until) : new Date();
  // ok: missing-authorization
  await db.updateTable("door_codes").set({ valid_until: new Date(base.getTime() + input.days * 86_400_000) }).where("id", "=", row.id).execute();
}

// Called by the controller sync job; exported so the admin page can trigger it.
// ruleid: missing-auth, missing-input-validation
export async function syncCodesFromController(locationId: string, codes: { code: string; label: string }[]) {
  await db.deleteFrom("door_codes").where("location_id", "=", locationId).execute();
  for (const c of codes) {
    await db.insertInto("door_codes").values({ id: newId(), location_id: locationId, user_id: null, code: c.code, label: c.label }).execute();
  }
}
