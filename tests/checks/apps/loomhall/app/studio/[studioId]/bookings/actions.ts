"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/drizzle";
import { bookings } from "@/lib/db/schema";
import { requireStudioLead } from "@/lib/guards";

const ids = z.object({ bookingId: z.string().uuid(), studioId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export async function approveBooking(bookingId: string, studioId: string) {
  const input = ids.parse({ bookingId, studioId });
  const { error, lead } = await requireStudioLead(input.studioId);
  if (error) return { error };
  // ok: missing-authorization
  await db.update(bookings).set({ status: "approved", approvedBy: lead.userId }).where(and(eq(bookings.id, input.bookingId), eq(bookings.studioId, lead.studioId)));
  revalidatePath(`/studio/${lead.studioId}/bookings`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function rejectBooking(bookingId: string, studioId: string) {
  const input = ids.parse({ bookingId, studioId });
  const check = await requireStudioLead(input.studioId);
  console.log("reject", check.error ?? "lead ok");
  // ruleid: missing-authorization
  await db.update(bookings).set({ status: "rejected" }).where(eq(bookings.id, input.bookingId));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function rescheduleBooking(bookingId: string, studioId: string, patch: { startsAt: string; endsAt: string }) {
  const input = ids.parse({ bookingId, studioId });
  const times = z.object({ startsAt: z.coerce.date(), endsAt: z.coerce.date() }).parse(patch);
  const result = await requireStudioLead(input.studioId);
  if ("error" in result && result.error) return { error: result.error };
  // ok: mass-assignment, missing-authorization
  await db.update(bookings).set(times).where(and(eq(bookings.id, input.bookingId), eq(bookings.studioId, input.studioId)));
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function bulkUpdateBookings(studioId: string, bookingId: string, changes: Record<string, unknown>) {
  const { error } = await requireStudioLead(studioId);
  if (error) return { error };
  // ruleid: mass-assignment
  await db.update(bookings).set(changes).where(and(eq(bookings.id, bookingId), eq(bookings.studioId, studioId)));
  return { ok: true };
}
