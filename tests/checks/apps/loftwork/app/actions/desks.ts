"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/session";
import { canManageLocation, assertLocationManager } from "@/lib/permissions";
import { newId } from "@/lib/utils";

const deskInput = z.object({
  locationId: z.string().uuid(),
  label: z.string().min(1).max(32),
  zone: z.string().min(1).max(32),
  hourlyCents: z.coerce.number().int().min(0).max(100_00),
});

// ok: missing-auth, missing-input-validation
export async function createDesk(formData: FormData) {
  const user = await requireUser();
  const input = deskInput.parse(Object.fromEntries(formData));
  // ok: floating-auth-check
  if (!(await canManageLocation(user.id, input.locationId))) {
    throw new Error("Only the location manager can add desks");
  }
  // ok: mass-assignment, missing-authorization
  await db
    .insertInto("desks")
    .values({ id: newId(), location_id: input.locationId, label: input.label, zone: input.zone, hourly_cents: input.hourlyCents, active: 1 })
    .execute();
  revalidatePath(`/admin/locations/${input.locationId}`);
}

// ok: missing-auth, missing-input-validation
export async function updateDesk(deskId: string, formData: FormData) {
  const user = await requireUser();
  const input = deskInput.omit({ locationId: true }).parse(Object.fromEntries(formData));
  const desk = await db.selectFrom("desks").select(["id", "location_id"]).where("id", "=", z.string().uuid().parse(deskId)).executeTakeFirstOrThrow();
  // ruleid: floating-auth-check
  if (!canManageLocation(user.id, desk.location_id)) {
    throw new Error("Forbidden");
  }
  // ruleid: missing-authorization
  await db
    .updateTable("desks")
    .set({ label: input.label, zone: input.zone, hourly_cents: input.hourlyCents })
    .where("id", "=", desk.id)
    .execute();
}

// ok: missing-auth, missing-input-validation
export async function deactivateDesk(deskId: string) {
  const user = await requireUser();
  const id = z.string().uuid().parse(deskId);
  const desk = await db.selectFrom("desks").select(["id", "location_id"]).where("id", "=", id).executeTakeFirstOrThrow();
  // ok: floating-auth-check
  await assertLocationManager(user.id, desk.location_id);
  // ok: missing-authorization
  await db.updateTable("desks").set({ active: 0 }).where("id", "=", desk.id).execute();
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function setDeskPrice(deskId: string, hourlyCents: number) {
  const user = await requireUser();
  const desk = await db.selectFrom("desks").select(["location_id"]).where("id", "=", deskId).executeTakeFirstOrThrow();
  // ok: floating-auth-check
  const allowed = await canManageLocation(user.id, desk.location_id);
  if (!allowed) throw new Error("Forbidden");
  // ok: missing-authorization
  await db.updateTable("desks").set({ hourly_cents: hourlyCents }).where("id", "=", deskId).execute();
}

// ok: missing-auth, missing-input-validation
export async function listDesks(locationId: string) {
  const id = z.string().uuid().parse(locationId);
  const desks = await db
    .selectFrom("desks")
    .select(["id", "label", "zone", "hourly_cents"])
    .where("location_id", "=", id)
    .where("active", "=", 1)
    .execute();
  // ok: excessive-data-exposure
  return desks;
}

// Seed helper used by scripts/import-desks.ts.
// ruleid: missing-auth, missing-input-validation
export async function bulkImportDesks(locationId: string, csv: string) {
  const rows = csv.split("\n").slice(1).map((l) => l.split(","));
  for (const [label, zone, cents] of rows) {
    await db.insertInto("desks").values({ id: newId(), location_id: locationId, label, zone, hourly_cents: Number(cents), active: 1 }).execute();
  }
  return { imported: rows.length };
}

// ok: missing-auth, missing-input-validation
export async function archiveDesksInZone(locationId: string, zone: string) {
  const user = await requireUser();
  const input = z.object({ locationId: z.string().uuid(), zone: z.string().min(1).max(32) }).parse({ locationId, zone });
  try {
    // ok: floating-auth-check
    await assertLocationManager(user.id, input.locationId);
    // ok: missing-authorization
    const res = await db.updateTable("desks").set({ active: 0 }).where("location_id", "=", input.locationId).where("zone", "=", input.zone).executeTakeFirst();
    return { archived: Number(res.numUpdatedRows) };
  } catch (e) {
    console.error(e);
    // ok: information-disclosure
    return { error: "Could not archive desks" };
  }
}
