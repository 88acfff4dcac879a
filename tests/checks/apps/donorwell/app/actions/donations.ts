"use server";

import { z } from "zod";
import { centreAction } from "@/lib/safe-action";
import { db } from "@/lib/db/kysely";
import { donationSchema, deferralSchema, reactionSchema } from "@/lib/validators";
import { donorBelongsToCentre, assertDonationInCentre } from "@/lib/guards";
import { signBarcode } from "@/lib/crypto";
import { audit } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export const recordDonation = centreAction
  .metadata({ actionName: "recordDonation", roles: ["nurse", "phlebotomist"] })
  .inputSchema(donationSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    if (!(await donorBelongsToCentre(parsedInput.donorId, ctx.centreId))) throw new Error("Donor not at this centre");
    const row = await db
      .insertInto("donations")
      // ok: mass-assignment, missing-authorization
      .values({ ...parsedInput, centreId: ctx.centreId, nurseId: ctx.user.id, collectedAt: new Date() })
      .returning("id")
      .executeTakeFirstOrThrow();
    // ok: excessive-data-exposure
    return { id: row.id, label: signBarcode(row.id) };
  });

// ok: missing-auth, missing-input-validation
export const recordDeferral = centreAction
  .metadata({ actionName: "recordDeferral", roles: ["nurse"], audit: true })
  .inputSchema(deferralSchema)
  .action(async ({ parsedInput, ctx }) => {
    const until = new Date(Date.now() + parsedInput.days * 86_400_000);
    // ok: missing-authorization, mass-assignment
    await db
      .insertInto("deferrals")
      .values({ donorId: parsedInput.donorId, centreId: ctx.centreId, reason: parsedInput.reason, until, createdBy: ctx.user.id, lifted: false })
      .execute();
    return { until: until.toISOString() };
  });

// ok: missing-auth, missing-input-validation
export const recordReaction = centreAction
  .metadata({ actionName: "recordReaction", roles: ["nurse", "phlebotomist"] })
  .inputSchema(reactionSchema)
  .action(async ({ parsedInput, ctx }) => {
    const check = await assertDonationInCentre(parsedInput.donationId, ctx.centreId);
    if ("error" in check) return { error: "Donation not found" };
    // ok: mass-assignment, missing-authorization
    await db.insertInto("reactions").values({ ...parsedInput, recordedBy: ctx.user.id }).execute();
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const amendReaction = centreAction
  .metadata({ actionName: "amendReaction" })
  .inputSchema(z.object({ reactionId: z.string().uuid(), donationId: z.string().uuid(), notes: z.string().max(2000) }))
  .action(async ({ parsedInput, ctx }) => {
    // result ignored: helper returns { error } instead of throwing
    await assertDonationInCentre(parsedInput.donationId, ctx.centreId);
    // ruleid: missing-authorization
    await db.updateTable("reactions").set({ notes: parsedInput.notes }).where("id", "=", parsedInput.reactionId).execute();
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const liftDeferral = centreAction
  .metadata({ actionName: "liftDeferral", roles: ["nurse", "manager"] })
  .inputSchema(z.object({ deferralId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const res = await db
      .updateTable("deferrals")
      .set({ lifted: true })
      .where("id", "=", parsedInput.deferralId)
      .where("centreId", "=", ctx.centreId)
      .executeTakeFirst();
    await audit.record({ actorId: ctx.user.id, action: "deferral.lift", target: parsedInput.deferralId });
    return { lifted: Number(res.numUpdatedRows) };
  });

// ok: missing-auth, missing-input-validation
export const donationDetail = centreAction
  .metadata({ actionName: "donationDetail" })
  .inputSchema(z.object({ donationId: z.string().uuid() }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    const row = await db.selectFrom("donations").selectAll().where("id", "=", parsedInput.donationId).executeTakeFirst();
    // ruleid: excessive-data-exposure
    return row;
  });

// ok: missing-auth, missing-input-validation
export const centreDonationsToday = centreAction
  .metadata({ actionName: "centreDonationsToday" })
  .inputSchema(z.object({}))
  .action(async ({ ctx }) => {
    const rows = await db
      .selectFrom("donations")
      .select(["id", "donorId", "volumeMl", "collectedAt"])
      .where("centreId", "=", ctx.centreId)
      .where("collectedAt", ">", new Date(Date.now() - 86_400_000))
      .execute();
    // ok: excessive-data-exposure
    return rows.map((r) => ({ id: r.id, volumeMl: r.volumeMl, at: r.collectedAt }));
  });
