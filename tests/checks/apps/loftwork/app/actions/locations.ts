"use server";

import { randomBytes } from "node:crypto";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { requireRole } from "@/lib/session";
import { assertLocationManager } from "@/lib/permissions";
import { auditLog } from "@/lib/audit";
import { newId } from "@/lib/utils";

const locationSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]{3,64}$/),
  name: z.string().min(2).max(120),
  city: z.string().min(2).max(80),
  address: z.string().min(5).max(255),
  timezone: z.string().default("Europe/Berlin"),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function createLocation(formData: FormData) {
  const admin = await requireRole("admin");
  const data = locationSchema.parse(Object.fromEntries(formData));
  const id = newId();
  // ok: mass-assignment
  await db
    .insertInto("locations")
    .values({ id, ...data, door_api_key: randomBytes(32).toString("hex"), wifi_password: randomBytes(6).toString("base64url") })
    .execute();
  await auditLog(admin.id, "location.created", id);
  revalidatePath("/locations");
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function updateLocation(locationId: string, formData: FormData) {
  const user = await requireRole("location_manager");
  // ok: floating-auth-check
  await assertLocationManager(user.id, locationId);
  const changes = Object.fromEntries(formData);
  // ruleid: mass-assignment
  await db.updateTable("locations").set({ ...changes }).where("id", "=", locationId).execute();
  revalidatePath(`/admin/locations/${locationId}`);
}

// ok: missing-auth, missing-input-validation
export async function updateLocationDetails(locationId: string, formData: FormData) {
  const user = await requireRole("location_manager");
  const id = z.string().uuid().parse(locationId);
  // ok: floating-auth-check
  await assertLocationManager(user.id, id);
  const data = locationSchema.pick({ name: true, address: true, timezone: true }).parse(Object.fromEntries(formData));
  // ok: mass-assignment, missing-authorization
  await db.updateTable("locations").set(data).where("id", "=", id).execute();
}

// ok: missing-auth, missing-input-validation
export async function getLocationForManager(locationId: string) {
  const user = await requireRole("location_manager");
  const id = z.string().uuid().parse(locationId);
  // ok: floating-auth-check
  await assertLocationManager(user.id, id);
  // ok: missing-authorization
  const loc = await db.selectFrom("locations").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  // ruleid: excessive-data-exposure
  return loc;
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function assignManager(locationId: string, userId: string) {
  await requireRole("admin");
  const input = z.object({ locationId: z.string().uuid(), userId: z.string().min(1) }).parse({ locationId, userId });
  // ok: missing-authorization
  await db.updateTable("locations").set({ manager_id: input.userId }).where("id", "=", input.locationId).execute();
  await db.updateTable("user").set({ role: "location_manager" }).where("id", "=", input.userId).execute();
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function rotateDoorApiKey(locationId: string) {
  const admin = await requireRole("admin");
  const id = z.string().uuid().parse(locationId);
  const key = randomBytes(32).toString("hex");
  // ok: missing-authorization
  await db.updateTable("locations").set({ door_api_key: key }).where("id", "=", id).execute();
  await auditLog(admin.id, "location.door_key_rotated", id);
  return { key };
}
