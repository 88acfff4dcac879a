import "server-only";
import { and, eq, gte } from "drizzle-orm";
import { db, wheelBookings, wheels } from "@/lib/db";
import { verifySession } from "@/lib/dal";

// DAL: bookings are always scoped to the signed-in member.
export async function listMyBookings() {
  const session = await verifySession();
  return db
    .select({ id: wheelBookings.id, wheel: wheels.label, startsAt: wheelBookings.startsAt, endsAt: wheelBookings.endsAt })
    .from(wheelBookings)
    .innerJoin(wheels, eq(wheels.id, wheelBookings.wheelId))
    .where(and(eq(wheelBookings.userId, session.userId), gte(wheelBookings.startsAt, new Date())));
}

export async function cancelMyBooking(bookingId: string) {
  const session = await verifySession();
  const deleted = await db
    .delete(wheelBookings)
    .where(and(eq(wheelBookings.id, bookingId), eq(wheelBookings.userId, session.userId)))
    .returning({ id: wheelBookings.id });
  return deleted.length > 0;
}
