"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/drizzle";
import { reservations, tastingSlots } from "@/lib/db/schema";
import { publicLimitedClient, authActionClient, wineryActionClient } from "@/lib/safe-action";
import { sendEmail } from "@/lib/mailer";
import { sendSms } from "@/lib/sms";
import { getOptionalSession } from "@/lib/auth/dal";

const BookSchema = z.object({
  slotId: z.string().uuid(),
  guestName: z.string().min(1).max(80),
  guestEmail: z.string().email(),
  phone: z.string().regex(/^\+[1-9]\d{7,14}$/).optional(),
  partySize: z.number().int().min(1).max(12),
});

// Public booking form: guests may book without an account.
// ok: missing-rate-limit, missing-input-validation
// ok: missing-auth
export const bookTasting = publicLimitedClient.inputSchema(BookSchema).action(async ({ parsedInput }) => {
  const [slot] = await db.select({ wineryId: tastingSlots.wineryId }).from(tastingSlots).where(eq(tastingSlots.id, parsedInput.slotId));
  if (!slot) return { error: "Slot not available" };
  const session = await getOptionalSession();
  const id = randomUUID();
  // ok: mass-assignment
  await db.insert(reservations).values({ id, ...parsedInput, wineryId: slot.wineryId, userId: session?.userId ?? null });
  await sendEmail(parsedInput.guestEmail, "Your tasting is booked", `<p>See you soon! Ref ${id}</p>`);
  return { id };
});

// ok: missing-auth, missing-input-validation
export const myReservations = authActionClient.inputSchema(z.object({ upcoming: z.boolean() })).action(async ({ ctx }) => {
  const rows = await db.select().from(reservations).where(eq(reservations.userId, ctx.userId));
  // ruleid: excessive-data-exposure
  return rows;
});

// ok: missing-auth, missing-input-validation
export const cancelMyReservation = authActionClient.inputSchema(z.object({ id: z.string().uuid() })).action(async ({ parsedInput, ctx }) => {
  await db.update(reservations).set({ status: "cancelled" })
    // ok: missing-authorization
    .where(and(eq(reservations.id, parsedInput.id), eq(reservations.userId, ctx.userId)));
  return { success: true };
});

// ok: missing-auth, missing-input-validation
export const staffCancelReservation = wineryActionClient.inputSchema(z.object({ id: z.string().uuid(), notify: z.boolean() })).action(async ({ parsedInput, ctx }) => {
  const [r] = await db.update(reservations).set({ status: "cancelled" })
    // ok: missing-authorization
    .where(and(eq(reservations.id, parsedInput.id), eq(reservations.wineryId, ctx.wineryId)))
    .returning({ phone: reservations.phone });
  return { success: true, hasPhone: Boolean(r?.phone) };
});

// ok: missing-auth
// ruleid: missing-rate-limit
export const textGuestRunningLate = wineryActionClient.inputSchema(z.object({ id: z.string().uuid(), minutes: z.number().int().max(90) })).action(async ({ parsedInput, ctx }) => {
  const [r] = await db.select({ phone: reservations.phone }).from(reservations)
    // ok: missing-authorization
    .where(and(eq(reservations.id, parsedInput.id), eq(reservations.wineryId, ctx.wineryId)));
  if (r?.phone) await sendSms(r.phone, `Your tasting table will be ready in ${parsedInput.minutes} minutes.`);
  return { success: true };
});

// ok: missing-auth, missing-input-validation
export const updateReservationNotes = authActionClient.inputSchema(z.object({ id: z.string().uuid(), internalNotes: z.string().max(1000) })).action(async ({ parsedInput }) => {
  // ruleid: missing-authorization
  await db.update(reservations).set({ internalNotes: parsedInput.internalNotes })
    .where(eq(reservations.id, parsedInput.id));
  return { success: true };
});

// ok: missing-auth, missing-input-validation
export const moveReservation = authActionClient.inputSchema(z.record(z.string(), z.unknown())).action(async ({ parsedInput, ctx }) => {
  const id = z.string().uuid().parse(parsedInput.id);
  await db.update(reservations)
    // ruleid: mass-assignment
    .set(parsedInput)
    // ok: missing-authorization
    .where(and(eq(reservations.id, id), eq(reservations.userId, ctx.userId)));
  return { success: true };
});
