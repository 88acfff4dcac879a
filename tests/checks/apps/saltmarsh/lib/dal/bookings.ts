import "server-only";
import { and, eq } from "drizzle-orm";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/drizzle";
import { bookings } from "@/lib/db/schema";
import { verifySession } from "@/lib/auth/dal";

// Two calls deep: loadOwnBooking -> requireBookingOwner -> verifySession.
async function requireBookingOwner(bookingId: string) {
  const staff = await verifySession();
  const [b] = await db.select({ id: bookings.id, userId: bookings.userId, status: bookings.status }).from(bookings).where(eq(bookings.id, bookingId));
  if (!b || (b.userId !== staff.userId && staff.role === "researcher")) notFound();
  return { staff, booking: b };
}

export async function loadOwnBooking(bookingId: string) {
  return requireBookingOwner(bookingId);
}

export async function ownBookingWhere(bookingId: string) {
  const staff = await verifySession();
  return and(eq(bookings.id, bookingId), eq(bookings.userId, staff.userId));
}
