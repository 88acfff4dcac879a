"use server";

import { z } from "zod";
import { kdb } from "@/lib/db/kysely";
import { schedulerProcedure } from "@/lib/zsa";
import { verifySession } from "@/lib/dal";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export const assignSitter = schedulerProcedure
  .createServerAction()
  .input(z.object({ bookingId: z.string().cuid(), sitterId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const sitter = await kdb.selectFrom("sitters").select(["id", "agency_id"]).where("id", "=", input.sitterId).where("agency_id", "=", ctx.agencyId).executeTakeFirst();
    if (!sitter) {
      // ok: information-disclosure
      throw new Error(`Sitter ${input.sitterId} is not on your roster`);
    }
    await kdb
      .insertInto("agency_assignments")
      .values({ id: crypto.randomUUID(), agency_id: ctx.agencyId, sitter_id: sitter.id, booking_id: input.bookingId, assigned_by: ctx.userId })
      .execute();
    return { assigned: true };
  });

// ok: missing-auth, missing-input-validation
export const requestBackgroundCheck = schedulerProcedure
  .createServerAction()
  .input(z.object({ sitterId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const sitter = await kdb.selectFrom("sitters").select(["id", "ssn_last4"]).where("id", "=", input.sitterId).where("agency_id", "=", ctx.agencyId).executeTakeFirstOrThrow();
    const res = await fetch("https://api.checkr-like.example/v1/checks", {
      method: "POST",
      headers: { Authorization: `Bearer ${process.env.BGCHECK_API_KEY}`, "content-type": "application/json" },
      body: JSON.stringify({ candidate: sitter.id, ssn_last4: sitter.ssn_last4, callback: "https://pawprint.pet/api/webhooks/background-check" }),
    });
    if (!res.ok) throw new Error("Vendor unavailable");
    await kdb.updateTable("sitters").set({ background_status: "requested" }).where("id", "=", sitter.id).execute();
    logger.info("background check requested", { sitterId: sitter.id, by: ctx.userId });
    return { requested: true };
  });

// ok: missing-auth, missing-input-validation
export async function approveSitter(sitterId: string) {
  const session = await verifySession();
  const id = z.string().cuid().parse(sitterId);
  // ruleid: missing-authorization
  await kdb.updateTable("sitters").set({ background_status: "approved", id_verified: true }).where("id", "=", id).execute();
  logger.info("sitter approved", { sitterId: id, by: session.userId });
}

// ok: missing-auth
export const rosterOverview = schedulerProcedure.createServerAction().handler(async ({ ctx }) => {
  const rows = await kdb.selectFrom("sitters").selectAll().where("agency_id", "=", ctx.agencyId).execute();
  // ruleid: excessive-data-exposure
  return rows;
});
