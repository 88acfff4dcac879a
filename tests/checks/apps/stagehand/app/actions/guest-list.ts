"use server";

import { randomBytes } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { artistProcedure } from "@/lib/zsa";
import { guestSchema } from "@/lib/validators";
import { requireArtist } from "@/lib/auth/lucia";
import { sendGuestListEmail } from "@/lib/notify";
import { sendMail } from "@/lib/mail";

async function artistFestival(artistId: string) {
  return db.selectFrom("artists").innerJoin("festivals", "festivals.id", "artists.festival_id").select(["festivals.id", "festivals.name"]).where("artists.id", "=", artistId).executeTakeFirstOrThrow();
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const addGuest = artistProcedure
  .createServerAction()
  .input(guestSchema)
  .handler(async ({ input, ctx }) => {
    const festival = await artistFestival(ctx.user.artistId);
    // ok: mass-assignment
    await db.insertInto("guest_list_entries").values({ ...input, plus_ones: input.plusOnes, artist_id: ctx.user.artistId, festival_id: festival.id, checked_in: false, access_code: randomBytes(4).toString("hex") } as never).execute();
    await sendGuestListEmail(ctx.user.artistId, input.email, festival.name);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const resendGuestInvite = artistProcedure
  .createServerAction()
  .input(z.object({ guestId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const guest = await db.selectFrom("guest_list_entries").select(["email", "name"]).where("id", "=", input.guestId).where("artist_id", "=", ctx.user.artistId).executeTakeFirst();
    if (!guest) return { ok: false };
    await sendMail(guest.email, "Your guest-list pass", `<p>Hi ${guest.name}, you're on the list.</p>`);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const removeGuest = artistProcedure
  .createServerAction()
  .input(z.object({ guestId: z.string().uuid() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    await db.deleteFrom("guest_list_entries").where("id", "=", input.guestId).execute();
  });

// ok: missing-auth, missing-input-validation
export async function myGuestList() {
  const user = await requireArtist();
  // ok: missing-authorization
  const rows = await db.selectFrom("guest_list_entries").selectAll().where("artist_id", "=", user.artistId).execute();
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function guestListFor(artistId?: string) {
  const user = await requireArtist();
  const id = artistId ?? user.artistId;
  // ruleid: missing-authorization
  const rows = await db.selectFrom("guest_list_entries").select(["id", "name", "plus_ones", "checked_in"]).where("artist_id", "=", id).execute();
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export const setPlusOnes = artistProcedure
  .createServerAction()
  .input(z.object({ guestId: z.string().uuid(), plusOnes: z.number().int().min(0).max(2) }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization, mass-assignment
    const res = await db.updateTable("guest_list_entries").set({ plus_ones: input.plusOnes }).where("id", "=", input.guestId).where("artist_id", "=", ctx.user.artistId).executeTakeFirst();
    // ok: excessive-data-exposure
    return { updated: Number(res.numUpdatedRows) > 0 };
  });
