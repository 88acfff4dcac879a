"use server";

import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { verifyBarcode } from "@/lib/crypto";
import { publicActionClient, centreAction } from "@/lib/safe-action";
import { rateLimitByKey, clientIp } from "@/lib/ratelimit";

// Self check-in kiosk in the waiting room: donor scans the barcode on their card.
// ok: missing-input-validation, missing-rate-limit
export const kioskCheckIn = publicActionClient
  .metadata({ actionName: "kioskCheckIn" })
  .inputSchema(z.object({ donorId: z.string().uuid(), signature: z.string().length(16), appointmentId: z.string().uuid() }))
  .action(async ({ parsedInput }) => {
    // ok: timing-unsafe-comparison
    if (!verifyBarcode(parsedInput.donorId, parsedInput.signature)) return { ok: false };
    // ok: missing-authorization
    await db.updateTable("appointments").set({ status: "attended" }).where("id", "=", parsedInput.appointmentId).where("donorId", "=", parsedInput.donorId).execute();
    return { ok: true };
  });

// ok: missing-input-validation, missing-rate-limit
export async function kioskCheckInByCard(donorId: string, cardSecret: string) {
  if (typeof donorId !== "string" || typeof cardSecret !== "string" || cardSecret.length > 64) return { ok: false };
  await rateLimitByKey(`kiosk:${await clientIp()}`, 10, 60);
  const donor = await db.selectFrom("donors").select(["id", "barcodeSecret"]).where("id", "=", donorId).executeTakeFirst();
  // ruleid: timing-unsafe-comparison
  if (!donor || donor.barcodeSecret !== cardSecret) return { ok: false };
  await db.updateTable("appointments").set({ status: "attended" }).where("donorId", "=", donor.id).where("status", "=", "booked").execute();
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export const kioskQueue = centreAction
  .metadata({ actionName: "kioskQueue", roles: ["receptionist", "nurse"] })
  .inputSchema(z.object({ limit: z.number().int().max(100).default(20) }))
  .action(async ({ parsedInput, ctx }) => {
    const rows = await db
      .selectFrom("appointments")
      .innerJoin("donors", "donors.id", "appointments.donorId")
      .select(["appointments.id", "donors.fullName", "appointments.slotStart"])
      .where("appointments.centreId", "=", ctx.centreId)
      .where("appointments.status", "=", "attended")
      .limit(parsedInput.limit)
      .execute();
    // ok: excessive-data-exposure
    return rows;
  });
