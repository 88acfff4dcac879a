"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { grants, bookings } from "@/lib/db/schema";
import { verifySession, type Staff } from "@/lib/auth/dal";
import { authedAction } from "@/lib/safe/procedures";

// Charge a booking to a grant. `providedStaff` is passed by the batch importer.
// ruleid: missing-auth
// ruleid: missing-input-validation -- gap judge pass 32, label corrected: the providedStaff parameter reaches the DB unvalidated
export async function chargeBookingToGrant(bookingId: string, grantId: string, providedStaff?: Staff) {
  const staff = providedStaff ?? (await verifySession());
  const ids = z.object({ bookingId: z.string().uuid(), grantId: z.string().uuid() }).parse({ bookingId, grantId });
  const [g] = await db.select({ id: grants.id, piUserId: grants.piUserId }).from(grants).where(eq(grants.id, ids.grantId));
  if (!g || g.piUserId !== staff.userId) throw new Error("Not your grant");
  // ok: missing-authorization -- gap judge pass 32, label corrected: rule 2 is for authenticated entry points; this path is the missing-auth finding
  await db.update(bookings).set({ notes: `grant:${g.id}` }).where(and(eq(bookings.id, ids.bookingId), eq(bookings.userId, staff.userId)));
}

// ok: missing-auth, missing-input-validation
export const myGrants = authedAction.handler(async ({ ctx }) => {
  const rows = await db.select({ id: grants.id, code: grants.code, title: grants.title, balanceCents: grants.balanceCents }).from(grants).where(eq(grants.piUserId, ctx.user.id));
  // ok: excessive-data-exposure
  return rows;
});

// ok: missing-auth, missing-input-validation
export const grantDetail = authedAction.input(z.object({ id: z.string().uuid() })).handler(async ({ input }) => {
  // ruleid: missing-authorization
  const [g] = await db.select().from(grants).where(eq(grants.id, input.id));
  // ruleid: excessive-data-exposure
  return g;
});

// ok: missing-auth, missing-input-validation
export const handOverGrant = authedAction.input(z.object({ id: z.string().uuid(), newPi: z.string().min(1) })).handler(async ({ input, ctx }) => {
  // ruleid: missing-authorization, mass-assignment -- gap judge pass 32, cause A: piUserId is the owner (mass-assignment found since pass 34)
  await db.update(grants).set({ piUserId: input.newPi }).where(eq(grants.id, input.id));
  return { ok: true, by: ctx.user.id };
});

// ok: missing-auth, missing-input-validation
export const renameOwnGrant = authedAction.input(z.object({ id: z.string().uuid(), title: z.string().min(3).max(200) })).handler(async ({ input, ctx }) => {
  // ok: missing-authorization, mass-assignment
  await db.update(grants).set({ title: input.title }).where(and(eq(grants.id, input.id), eq(grants.piUserId, ctx.user.id)));
  return { ok: true };
});
