import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db, bookings } from "@/lib/db";
import { requireMember, canManageBooking } from "@/lib/auth";

export default async function BookingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const member = await requireMember();
  const [booking] = await db
    .select({ id: bookings.id, startsAt: bookings.startsAt, notes: bookings.notes })
    .from(bookings)
    .where(and(eq(bookings.id, id), eq(bookings.memberId, member.id)));
  if (!booking) notFound();

  // ok: missing-auth, missing-input-validation
  async function saveNotes(formData: FormData) {
    "use server";
    const me = await requireMember();
    const notes = z.string().max(500).parse(formData.get("notes"));
    // ok: missing-authorization
    await db.update(bookings).set({ notes }).where(and(eq(bookings.id, id), eq(bookings.memberId, me.id)));
    revalidatePath(`/dashboard/bookings/${id}`);
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function reassign(formData: FormData) {
    "use server";
    const me = await requireMember();
    const bookingId = formData.get("bookingId") as string;
    // ruleid: floating-auth-check
    if (!canManageBooking(me, bookingId)) throw new Error("Forbidden");
    // ruleid: missing-authorization
    await db.update(bookings).set({ status: "transferred" }).where(eq(bookings.id, bookingId));
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function cancelHere() {
    "use server";
    await db.update(bookings).set({ status: "cancelled" }).where(eq(bookings.id, id));
  }

  return (
    <main>
      <h1>Booking {booking.id}</h1>
      <form action={saveNotes}>
        <textarea name="notes" defaultValue={booking.notes ?? ""} />
        <button>Save</button>
      </form>
      <form action={reassign}>
        <input type="hidden" name="bookingId" value={booking.id} />
        <button>Hand over</button>
      </form>
      <form action={cancelHere}>
        <button>Cancel</button>
      </form>
    </main>
  );
}
