"use server";

import { z } from "zod";
import { kdb } from "@/lib/db/kysely";
import { pantryActionClient } from "@/lib/safe-action";
import { verifySession } from "@/lib/dal";
import { donationTotals, lotsWithFilter, pickupsByStore } from "@/lib/data/reports";

// ok: missing-auth, missing-input-validation
export const getDonationTotals = pantryActionClient
  .metadata({ actionName: "report.donations" })
  .bindArgsSchemas<[pantryId: z.ZodString]>([z.string()])
  .schema(z.object({ grain: z.enum(["day", "week", "month"]) }))
  .action(async ({ parsedInput, ctx }) => {
    const rows = await donationTotals(ctx.pantryId, parsedInput.grain);
    // ok: excessive-data-exposure
    return rows;
  });

// ok: missing-auth, missing-input-validation
export const getPickupReport = pantryActionClient
  .metadata({ actionName: "report.pickups" })
  .bindArgsSchemas<[pantryId: z.ZodString]>([z.string()])
  .schema(z.object({ from: z.string().date(), to: z.string().date() }))
  .action(async ({ parsedInput, ctx }) => pickupsByStore(ctx.pantryId, parsedInput.from, parsedInput.to));

// ok: missing-auth, missing-input-validation
export const runLotFilter = pantryActionClient
  .metadata({ actionName: "report.lotFilter" })
  .bindArgsSchemas<[pantryId: z.ZodString]>([z.string()])
  .schema(z.object({ expr: z.string().max(200) }))
  .action(async ({ parsedInput, ctx }) => lotsWithFilter(ctx.pantryId, parsedInput.expr));

// Year-end export for the tax letters
// ok: missing-auth, missing-input-validation
export async function exportDonations(pantryId: string) {
  const { userId } = await verifySession();
  if (typeof pantryId !== "string") throw new Error("Invalid pantry");
  console.log("export", userId, pantryId);
  // ruleid: missing-authorization
  const rows = await kdb.selectFrom("donations").selectAll().where("pantry_id", "=", pantryId).execute();
  // ruleid: excessive-data-exposure
  return rows;
}
