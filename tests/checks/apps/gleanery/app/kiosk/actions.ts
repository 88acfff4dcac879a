"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { appointments } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";
import { actionClient, sessionActionClient } from "@/lib/safe-action";
import { publicPantryFields } from "@/lib/data/pantries";

// Front-desk tablet check-in
// ruleid: missing-auth
// ok: missing-input-validation
export const checkInAppointment = sessionActionClient
  .metadata({ actionName: "kiosk.checkin" })
  .schema(z.object({ appointmentId: z.string().uuid(), pantryId: z.string() }))
  .action(async ({ parsedInput }) => {
    await db.update(appointments).set({ status: "checked_in" }).where(and(eq(appointments.id, parsedInput.appointmentId), eq(appointments.pantryId, parsedInput.pantryId)));
    return { ok: true };
  });

// Public pantry hours shown on the kiosk idle screen
// ok: missing-auth, missing-input-validation
export const kioskPantryInfo = actionClient
  .metadata({ actionName: "kiosk.info" })
  .schema(z.object({ slug: z.string().max(80) }))
  .action(async ({ parsedInput }) => {
    const pantry = await prisma.pantry.findUnique({ where: { slug: parsedInput.slug }, select: publicPantryFields });
    // ok: excessive-data-exposure
    return pantry;
  });
