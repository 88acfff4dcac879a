import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/drizzle";
import { bookings } from "@/lib/db/schema";
import { loadOwnBooking, ownBookingWhere } from "@/lib/dal/bookings";
import { canManageBooking } from "@/lib/auth/guards";
import { verifySession } from "@/lib/auth/dal";
import { eq } from "drizzle-orm";

export default async function BookingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { booking } = await loadOwnBooking(id);

  // ok: missing-auth, missing-input-validation
  async function cancel() {
    "use server";
    const where = await ownBookingWhere(id);
    // ok: missing-authorization
    await db.update(bookings).set({ status: "cancelled" }).where(where);
    revalidatePath(`/bookings/${id}`);
  }

  // ok: missing-auth, missing-input-validation
  async function addNote(formData: FormData) {
    "use server";
    const staff = await verifySession();
    const note = formData.get("note");
    if (typeof note !== "string" || note.length > 2000) return;
    // ruleid: floating-auth-check
    if (!canManageBooking(staff.userId, id)) return;
    // todoruleid: missing-authorization -- gap judge pass 32 (ambiguous): page-captured route id
    await db.update(bookings).set({ notes: note }).where(eq(bookings.id, id));
  }

  // ok: missing-auth
  async function confirm() {
    "use server";
    const { booking: b } = await loadOwnBooking(id);
    // ok: missing-authorization
    await db.update(bookings).set({ status: "confirmed" }).where(eq(bookings.id, b.id));
  }

  return (
    <main>
      <h1>Booking {booking.id}</h1>
      <p>Status: {booking.status}</p>
      <form action={cancel}><button>Cancel</button></form>
      <form action={confirm}><button>Confirm</button></form>
      <form action={addNote}><textarea name="note" /><button>Save note</button></form>
    </main>
  );
}
