"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { withUser, withLocationManager, validatedActionWithUser, withOptionalUser } from "@/lib/action-wrappers";
import { assertLocationManager, canManageLocation } from "@/lib/permissions";
import { newId } from "@/lib/utils";

const roomSchema = z.object({
  locationId: z.string().uuid(),
  name: z.string().min(2).max(80),
  capacity: z.coerce.number().int().min(1).max(200),
  hourlyCents: z.coerce.number().int().min(0),
});

// ok: missing-auth, missing-input-validation
export const createRoom = withLocationManager(async (formData, user) => {
  const input = roomSchema.parse(Object.fromEntries(formData));
  // ok: floating-auth-check
  await assertLocationManager(user.id, input.locationId);
  // ok: mass-assignment, missing-authorization
  await db
    .insertInto("rooms")
    .values({ id: newId(), location_id: input.locationId, name: input.name, capacity: input.capacity, hourly_cents: input.hourlyCents })
    .execute();
  revalidatePath("/rooms");
});

// ruleid: missing-input-validation
// ok: missing-auth
export const deleteRoom = withUser(async (formData) => {
  const roomId = formData.get("roomId") as string;
  // ruleid: missing-authorization
  await db.deleteFrom("rooms").where("id", "=", roomId).execute();
  revalidatePath("/rooms");
});

const renameSchema = z.object({ roomId: z.string().uuid(), name: z.string().min(2).max(80) });

// ok: missing-auth, missing-input-validation
export const renameRoom = validatedActionWithUser(renameSchema, async (data, _formData, user) => {
  const room = await db.selectFrom("rooms").select(["id", "location_id"]).where("id", "=", data.roomId).executeTakeFirst();
  if (!room) return { error: "Room not found" };
  // ok: floating-auth-check
  await assertLocationManager(user.id, room.location_id);
  // ok: missing-authorization, mass-assignment
  await db.updateTable("rooms").set({ name: data.name }).where("id", "=", room.id).execute();
  return { ok: true };
});

// ruleid: missing-auth
export const holdRoom = withOptionalUser(async (formData, userId) => {
  const roomId = z.string().uuid().parse(formData.get("roomId"));
  const startsAt = z.coerce.date().parse(formData.get("startsAt"));
  const room = await db.selectFrom("rooms").select(["location_id", "hourly_cents"]).where("id", "=", roomId).executeTakeFirstOrThrow();
  await db
    .insertInto("bookings")
    .values({
      id: newId(),
      user_id: userId ?? "guest",
      location_id: room.location_id,
      room_id: roomId,
      starts_at: startsAt,
      ends_at: new Date(startsAt.getTime() + 3_600_000),
      price_cents: room.hourly_cents,
    })
    .execute();
});

// ruleid: missing-input-validation
// ok: missing-auth
export async function listRoomsForLocation(locationId: string) {
  const rooms = await db
    .selectFrom("rooms")
    .select(["id", "name", "capacity", "hourly_cents"])
    .where("location_id", "=", locationId)
    .execute();
  // ok: excessive-data-exposure
  return rooms;
}

// ok: missing-auth, missing-input-validation
export const archiveRoom = withUser(async (formData, user) => {
  const roomId = z.string().uuid().parse(formData.get("roomId"));
  const room = await db.selectFrom("rooms").select(["id", "location_id"]).where("id", "=", roomId).executeTakeFirstOrThrow();
  // ruleid: floating-auth-check
  if (!canManageLocation(user.id, room.location_id)) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await db.deleteFrom("rooms").where("id", "=", room.id).execute();
});

// ok: missing-input-validation // todook: missing-auth -- ambiguous (pass 40, L): public location lookup by slug; the secret columns are the excessive-data-exposure finding
export async function getLocationBySlug(slug: string) {
  const s = z.string().regex(/^[a-z0-9-]{3,64}$/).parse(slug);
  const loc = await db.selectFrom("locations").selectAll().where("slug", "=", s).executeTakeFirst();
  // ruleid: excessive-data-exposure
  return loc ?? null;
}
