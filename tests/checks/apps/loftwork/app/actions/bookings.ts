"use server";

import { z } from "zod";
import { createServerAction } from "zsa";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { authedProcedure, staffProcedure } from "@/lib/zsa";
import { createBookingSchema, bookingIdSchema, rescheduleSchema, adminBookingPatchSchema } from "@/lib/validation/booking";
import { newId } from "@/lib/utils";

async function priceFor(deskId: string | undefined, roomId: string | undefined, hours: number) {
  if (deskId) {
    const desk = await db.selectFrom("desks").select("hourly_cents").where("id", "=", deskId).executeTakeFirstOrThrow();
    return desk.hourly_cents * hours;
  }
  const room = await db.selectFrom("rooms").select("hourly_cents").where("id", "=", roomId!).executeTakeFirstOrThrow();
  return room.hourly_cents * hours;
}

// ok: missing-auth, missing-input-validation
export const createBooking = authedProcedure
  .createServerAction()
  .input(createBookingSchema)
  .handler(async ({ input, ctx }) => {
    const hours = Math.ceil((input.endsAt.getTime() - input.startsAt.getTime()) / 3_600_000);
    const id = newId();
    // ok: mass-assignment
    await db
      .insertInto("bookings")
      .values({
        id,
        user_id: ctx.user.id,
        organization_id: ctx.session.activeOrganizationId ?? null,
        location_id: input.locationId,
        desk_id: input.deskId ?? null,
        room_id: input.roomId ?? null,
        starts_at: input.startsAt,
        ends_at: input.endsAt,
        price_cents: await priceFor(input.deskId, input.roomId, hours),
        notes: input.notes ?? null,
      })
      .execute();
    revalidatePath("/bookings");
    // ok: excessive-data-exposure
    return { id };
  });

// ok: missing-auth, missing-input-validation
export const cancelBooking = authedProcedure
  .createServerAction()
  .input(bookingIdSchema)
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const res = await db
      .updateTable("bookings")
      .set({ status: "cancelled" })
      .where("id", "=", input.bookingId)
      .where("user_id", "=", ctx.user.id)
      .executeTakeFirst();
    revalidatePath("/bookings");
    return { cancelled: Number(res.numUpdatedRows) === 1 };
  });

// ok: missing-auth, missing-input-validation
export const rescheduleBooking = authedProcedure
  .createServerAction()
  .input(rescheduleSchema)
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    await db
      .updateTable("bookings")
      .set({ starts_at: input.startsAt, ends_at: input.endsAt, status: "pending" })
      .where("id", "=", input.bookingId)
      .execute();
    revalidatePath("/bookings");
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const getBooking = authedProcedure
  .createServerAction()
  .input(bookingIdSchema)
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const booking = await db
      .selectFrom("bookings")
      .selectAll()
      .where("id", "=", input.bookingId)
      .where("user_id", "=", ctx.user.id)
      .executeTakeFirst();
    // ruleid: excessive-data-exposure
    return booking;
  });

// ok: missing-auth, missing-input-validation
export const getBookingSummary = authedProcedure
  .createServerAction()
  .input(bookingIdSchema)
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const b = await db
      .selectFrom("bookings")
      .selectAll()
      .where("id", "=", input.bookingId)
      .where("user_id", "=", ctx.user.id)
      .executeTakeFirstOrThrow();
    // ok: excessive-data-exposure
    return { id: b.id, status: b.status, startsAt: b.starts_at, endsAt: b.ends_at, priceCents: b.price_cents };
  });

// ok: missing-auth, missing-input-validation
export const listBookingsForUser = authedProcedure
  .createServerAction()
  .input(z.object({ userId: z.string().min(1) }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    const rows = await db
      .selectFrom("bookings")
      .select(["id", "location_id", "starts_at", "ends_at", "status"])
      .where("user_id", "=", input.userId)
      .execute();
    return rows;
  });

// ok: missing-auth, missing-input-validation
export const updateBookingNotes = createServerAction()
  .input(z.object({ bookingId: z.string().uuid(), notes: z.string().max(500) }))
  .handler(async ({ input }) => {
    const session = await auth.api.getSession({ headers: await headers() });
    if (!session) throw new Error("Not signed in");
    // ok: missing-authorization, mass-assignment
    await db
      .updateTable("bookings")
      .set({ notes: input.notes })
      .where("id", "=", input.bookingId)
      .where("user_id", "=", session.user.id)
      .execute();
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const adminPatchBooking = staffProcedure
  .createServerAction()
  .input(z.object({ bookingId: z.string().uuid(), patch: adminBookingPatchSchema }))
  .handler(async ({ input }) => {
    const { paid, ...rest } = input.patch;
    // ok: mass-assignment // ok: missing-authorization -- fixed in pass 40 (I): staff role check in the chained zsa procedure credited
    await db
      .updateTable("bookings")
      .set({ ...rest, ...(paid === undefined ? {} : { paid: paid ? 1 : 0 }) }) // ok: mass-assignment -- fixed in pass 41 (J): the rest of a nested plain zod object is stripped too
      .where("id", "=", input.bookingId)
      .execute();
    return { ok: true };
  });

// ruleid: missing-auth
export async function deleteDraftBooking(bookingId: string) {
  const id = z.string().uuid().parse(bookingId);
  await db.deleteFrom("bookings").where("id", "=", id).where("status", "=", "pending").execute();
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Not signed in");
  revalidatePath("/bookings");
}

// ruleid: missing-auth
export async function clearBookingNotes(formData: FormData) {
  const scope = formData.get("scope");
  const bookingId = z.string().uuid().parse(formData.get("bookingId"));
  if (scope === "mine") {
    const session = await auth.api.getSession({ headers: await headers() });
    if (!session) throw new Error("Not signed in");
  }
  await db.updateTable("bookings").set({ notes: null }).where("id", "=", bookingId).execute();
}

// ok: missing-auth, missing-input-validation
export const duplicateBooking = authedProcedure
  .createServerAction()
  .input(bookingIdSchema)
  .handler(async ({ input, ctx }) => {
    // ruleid: missing-authorization
    const src = await db
      .selectFrom("bookings")
      .select(["location_id", "desk_id", "room_id", "starts_at", "ends_at", "price_cents"])
      .where("id", "=", input.bookingId)
      .executeTakeFirstOrThrow();
    const id = newId();
    const week = 7 * 86_400_000;
    await db
      .insertInto("bookings")
      .values({ id, user_id: ctx.user.id, location_id: src.location_id, desk_id: src.desk_id, room_id: src.room_id, starts_at: new Date(new Date(src.starts_at).getTime() + week), ends_at: new Date(new Date(src.ends_at).getTime() + week), price_cents: src.price_cents })
      .execute();
    return { id };
  });

// ok: missing-auth, missing-input-validation
export const bookForColleague = authedProcedure
  .createServerAction()
  .input(z.object({ colleagueId: z.string().min(1), deskId: z.string().uuid(), locationId: z.string().uuid(), startsAt: z.coerce.date(), endsAt: z.coerce.date() }))
  .handler(async ({ input }) => {
    const id = newId();
    // (labels for this write sit on the .values line)
    await db
      .insertInto("bookings")
      .values({ id, user_id: input.colleagueId, location_id: input.locationId, desk_id: input.deskId, starts_at: input.startsAt, ends_at: input.endsAt, price_cents: 0 }) // ruleid: missing-authorization, mass-assignment
      .execute();
    return { id };
  });

// ok: missing-auth, missing-input-validation
export const bookForTeammate = authedProcedure
  .createServerAction()
  .input(z.object({ memberUserId: z.string().min(1), deskId: z.string().uuid(), locationId: z.string().uuid(), startsAt: z.coerce.date(), endsAt: z.coerce.date() }))
  .handler(async ({ input, ctx }) => {
    const orgId = ctx.session.activeOrganizationId;
    if (!orgId) throw new Error("Select a team first");
    const mine = await db.selectFrom("member").select("role").where("organizationId", "=", orgId).where("userId", "=", ctx.user.id).executeTakeFirst();
    const theirs = await db.selectFrom("member").select("id").where("organizationId", "=", orgId).where("userId", "=", input.memberUserId).executeTakeFirst();
    if (!mine || mine.role === "member" || !theirs) throw new Error("Only team admins can book for teammates");
    const id = newId();
    // ok: missing-authorization
    await db
      .insertInto("bookings")
      .values({ id, user_id: input.memberUserId, organization_id: orgId, location_id: input.locationId, desk_id: input.deskId, starts_at: input.startsAt, ends_at: input.endsAt, price_cents: 0 }) // todook: mass-assignment -- ambiguous (pass 40, K): team admin sets user_id of a verified team member, the action's purpose
      .execute();
    return { id };
  });
