"use server";

import { randomInt } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { artistProcedure } from "@/lib/zsa";
import { requireArtist, validateRequest, lucia } from "@/lib/auth/lucia";
import { rateLimit } from "@/lib/rate-limit";
import { audit } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { sendMail } from "@/lib/mail";

// ok: missing-auth, missing-input-validation
export const updateBio = artistProcedure
  .createServerAction()
  .input(z.object({ bio: z.string().max(3000) }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization, mass-assignment
    await db.updateTable("artists").set({ bio: input.bio }).where("id", "=", ctx.user.artistId).execute();
  });

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateArtistProfile(formData: FormData) {
  const user = await requireArtist();
  const patch = Object.fromEntries(formData);
  // ruleid: mass-assignment
  await db.updateTable("artists").set({ ...patch }).where("id", "=", user.artistId).execute();
}

// ok: missing-auth, missing-input-validation
export async function updatePayoutIban(iban: string) {
  const user = await requireArtist();
  if (typeof iban !== "string" || !/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return { error: "Invalid IBAN" };
  // ok: missing-authorization
  await db.updateTable("artists").set({ bank_iban: iban }).where("id", "=", user.artistId).execute();
  logger.info({ artistId: user.artistId }, "artist payout details changed");
  return { ok: true };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function myArtistContract() {
  const { user } = await validateRequest();
  const row = await db.selectFrom("artists").select(["fee_cents", "contract_notes"]).where("id", "=", user?.artistId ?? "").executeTakeFirst();
  // ok: excessive-data-exposure
  return row ? { feeCents: row.fee_cents, notes: row.contract_notes } : null;
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log -- own account deletion with no audit call (cause 4)
export async function deleteArtistAccount() {
  const user = await requireArtist();
  await lucia.invalidateUserSessions(user.id);
  await db.deleteFrom("artist_users").where("id", "=", user.id).execute();
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const changeArtistEmail = artistProcedure
  .createServerAction()
  .input(z.object({ email: z.string().email().toLowerCase() }))
  .handler(async ({ input, ctx }) => {
    await rateLimit(`email-change:${ctx.user.id}`, 3, 3600);
    const otp = String(randomInt(100000, 999999));
    await db.updateTable("artist_users").set({ email: input.email, email_verified: false, email_otp: otp }).where("id", "=", ctx.user.id).execute();
    await audit.log({ actorId: ctx.user.id, action: "artist.email_changed" });
    await sendMail(input.email, "Confirm your new email", `<p>Your code: ${otp}</p>`);
  });

// ok: missing-auth, missing-input-validation
export async function myArtistCard() {
  const user = await requireArtist();
  const artist = await db.selectFrom("artists").selectAll().where("id", "=", user.artistId).executeTakeFirstOrThrow();
  // ok: excessive-data-exposure
  return { name: artist.name, slug: artist.slug, bio: artist.bio, published: artist.published };
}
