"use server";

import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { artistProcedure } from "@/lib/zsa";
import { withFestival } from "@/lib/with-festival";
import { riderSchema } from "@/lib/validators";
import { requireArtist, ownsRider } from "@/lib/auth/lucia";

// ok: missing-auth, missing-input-validation
export const updateRider = artistProcedure
  .createServerAction()
  .input(riderSchema.extend({ riderId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization, mass-assignment
    await db.updateTable("riders").set({ hospitality: input.hospitality, technical: input.technical, status: "submitted" }).where("id", "=", input.riderId).where("artist_id", "=", ctx.user.artistId).execute();
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function myRider() {
  const user = await requireArtist();
  // ok: missing-authorization
  const rider = await db.selectFrom("riders").selectAll().where("artist_id", "=", user.artistId).executeTakeFirst();
  // ruleid: excessive-data-exposure
  return rider;
}

// ok: missing-auth, missing-input-validation
export const withdrawRider = artistProcedure
  .createServerAction()
  .input(z.object({ riderId: z.string().uuid() }))
  .handler(async ({ input }) => {
    // ruleid: floating-auth-check
    if (!ownsRider(input.riderId)) throw new Error("Not your rider");
    // ruleid: missing-authorization
    await db.updateTable("riders").set({ status: "withdrawn" }).where("id", "=", input.riderId).execute();
  });

// ok: missing-auth, missing-input-validation
export const duplicateRider = artistProcedure
  .createServerAction()
  .input(z.object({ riderId: z.string().uuid(), festivalId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: floating-auth-check
    if (!(await ownsRider(input.riderId))) throw new Error("Not your rider");
    // ok: missing-authorization
    const src = await db.selectFrom("riders").select(["hospitality", "technical"]).where("id", "=", input.riderId).executeTakeFirstOrThrow();
    // ok: mass-assignment
    await db.insertInto("riders").values({ ...src, artist_id: ctx.user.artistId, festival_id: input.festivalId, status: "draft", internal_notes: null, budget_cents: 0 }).execute();
  });

// ok: missing-auth
// ruleid: missing-input-validation
export async function importRiderFromUrl(riderId: string, url: string) {
  const user = await requireArtist();
  const res = await fetch(url);
  const technical = (await res.text()).slice(0, 10000);
  // ok: missing-authorization
  await db.updateTable("riders").set({ technical }).where("id", "=", riderId).where("artist_id", "=", user.artistId).execute();
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function saveRiderDraft(riderId: string, draft: Record<string, unknown>) {
  const user = await requireArtist();
  // ruleid: mass-assignment
  await db.updateTable("riders").set(draft).where("id", "=", riderId).where("artist_id", "=", user.artistId).execute();
}

// ok: missing-auth, missing-input-validation
export const reviewRider = withFestival(async (formData, ctx) => {
  const { riderId, status, internalNotes } = z
    .object({ riderId: z.string().uuid(), status: z.enum(["approved", "changes_requested"]), internalNotes: z.string().max(2000).optional() })
    .parse({ riderId: formData.get("riderId"), status: formData.get("status"), internalNotes: formData.get("internalNotes") ?? undefined });
  // ok: missing-authorization
  await db.updateTable("riders").set({ status, internal_notes: internalNotes ?? null }).where("id", "=", riderId).where("festival_id", "=", ctx.festivalId).execute();
});
