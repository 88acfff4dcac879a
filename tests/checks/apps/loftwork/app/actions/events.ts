"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { db, pool } from "@/lib/db";
import { requireUser } from "@/lib/session";
import { assertLocationManager, canManageLocation, isEventOrganizer } from "@/lib/permissions";
import { eventSchema } from "@/lib/validation/common";
import { newId } from "@/lib/utils";

// ok: missing-auth, missing-input-validation
export async function createEvent(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const parsed = eventSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please check the event details." };
  // ok: floating-auth-check
  await assertLocationManager(user.id, parsed.data.locationId);
  const id = newId();
  // ok: mass-assignment
  await db
    .insertInto("events")
    .values({ id, created_by: user.id, location_id: parsed.data.locationId, title: parsed.data.title, blurb: parsed.data.blurb ?? null, starts_at: parsed.data.startsAt, capacity: parsed.data.capacity })
    .execute();
  revalidatePath("/events");
  return { ok: true, id };
}

// ok: missing-auth // ruleid: missing-input-validation
export async function updateEvent(eventId: string, formData: FormData) {
  const user = await requireUser();
  const patch = eventSchema.omit({ locationId: true }).partial().parse(Object.fromEntries(formData));
  // ruleid: floating-auth-check
  if (!isEventOrganizer(user.id, eventId)) {
    throw new Error("Only the organizer can edit this event");
  }
  const { startsAt, ...rest } = patch;
  // ok: mass-assignment
  // ruleid: missing-authorization
  await db
    .updateTable("events")
    .set({ ...rest, ...(startsAt ? { starts_at: startsAt } : {}) })
    .where("id", "=", eventId)
    .execute();
  revalidatePath(`/events/${eventId}`);
}

// ok: missing-auth, missing-input-validation
export async function deleteEvent(eventId: string) {
  const user = await requireUser();
  const id = z.string().uuid().parse(eventId);
  // ok: floating-auth-check
  if (!(await isEventOrganizer(user.id, id))) {
    throw new Error("Only the organizer can delete this event");
  }
  // ok: missing-authorization
  await db.deleteFrom("events").where("id", "=", id).execute();
  revalidatePath("/events");
}

// ok: missing-auth, missing-input-validation
export async function publishEvent(eventId: string) {
  const user = await requireUser();
  const id = z.string().uuid().parse(eventId);
  const ev = await db.selectFrom("events").select(["id", "location_id"]).where("id", "=", id).executeTakeFirstOrThrow();
  // ruleid: floating-auth-check
  if (!canManageLocation(user.id, ev.location_id) && (user as { role?: string }).role !== "admin") {
    throw new Error("Forbidden");
  }
  // ruleid: missing-authorization
  await db.updateTable("events").set({ published: 1 }).where("id", "=", ev.id).execute();
}

// ok: missing-auth, missing-input-validation
export async function rsvpEvent(eventId: string) {
  const user = await requireUser();
  const id = z.string().uuid().parse(eventId);
  const ev = await db.selectFrom("events").select(["id", "published"]).where("id", "=", id).executeTakeFirst();
  if (!ev || !ev.published) throw new Error("Event not found");
  // ok: missing-authorization, mass-assignment
  await db.insertInto("event_rsvps").values({ event_id: ev.id, user_id: user.id }).ignore().execute();
  revalidatePath(`/events/${id}`);
}

// ok: missing-auth
export async function rsvpOnBehalf(formData: FormData) {
  await requireUser();
  const input = z.object({ eventId: z.string().uuid(), userId: z.string().min(1) }).parse(Object.fromEntries(formData));
  // ruleid: missing-authorization, mass-assignment
  await db.insertInto("event_rsvps").values({ event_id: input.eventId, user_id: input.userId }).ignore().execute();
}

// ok: missing-auth, missing-input-validation
export async function cancelRsvp(eventId: string) {
  const user = await requireUser();
  const id = z.string().uuid().parse(eventId);
  // ok: missing-authorization
  await db.deleteFrom("event_rsvps").where("event_id", "=", id).where("user_id", "=", user.id).execute();
}

// ok: missing-auth, missing-input-validation
export async function listAttendees(eventId: string) {
  const user = await requireUser();
  const id = z.string().uuid().parse(eventId);
  // ok: floating-auth-check
  if (!(await isEventOrganizer(user.id, id))) throw new Error("Forbidden");
  // ok: missing-authorization
  const rows = await db
    .selectFrom("event_rsvps")
    .innerJoin("user", "user.id", "event_rsvps.user_id")
    .select(["user.id", "user.name"])
    .where("event_rsvps.event_id", "=", id)
    .execute();
  // ok: excessive-data-exposure
  return rows;
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function exportAttendeeEmails(eventId: string) {
  await requireUser();
  // ruleid: sql-injection, missing-authorization
  const [rows] = await pool.query(
    `SELECT u.email FROM event_rsvps r JOIN user u ON u.id = r.user_id WHERE r.event_id = '${eventId}'`,
  );
  return (rows as { email: string }[]).map((r) => r.email);
}

// ruleid: missing-auth
export async function unpublishEvent(eventId: string) {
  const id = z.string().uuid().parse(eventId);
  await db.updateTable("events").set({ published: 0 }).where("id", "=", id).execute();
  revalidatePath("/events");
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function createEventFromTemplate(formData: FormData) {
  const user = await requireUser();
  const id = newId();
  // ruleid: mass-assignment
  await db.insertInto("events").values({ id, ...(Object.fromEntries(formData) as Record<string, never>), created_by: user.id }).execute();
  return { id };
}

// ok: missing-auth, missing-input-validation
export async function cloneEventToLocation(eventId: string, locationId: string) {
  const user = await requireUser();
  const input = z.object({ eventId: z.string().uuid(), locationId: z.string().uuid() }).parse({ eventId, locationId });
  try {
    await assertLocationManager(user.id, input.locationId);
    // ok: missing-authorization
    const ev = await db.selectFrom("events").select(["title", "blurb", "capacity", "starts_at"]).where("id", "=", input.eventId).where("created_by", "=", user.id).executeTakeFirstOrThrow();
    const id = newId();
    await db.insertInto("events").values({ id, created_by: user.id, location_id: input.locationId, title: ev.title, blurb: ev.blurb, capacity: ev.capacity, starts_at: ev.starts_at }).execute();
    return { id };
  } catch (e) {
    // ruleid: information-disclosure
    return { error: `Could not clone event: ${(e as Error).message}` };
  }
}
