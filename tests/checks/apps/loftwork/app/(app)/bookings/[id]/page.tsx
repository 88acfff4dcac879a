import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/session";
import { createCheckoutForBooking } from "@/app/actions/billing";
import { formatCents } from "@/lib/utils";

export default async function BookingDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const booking = await db
    .selectFrom("bookings")
    .select(["id", "status", "starts_at", "ends_at", "price_cents", "paid", "notes"])
    .where("id", "=", id)
    .where("user_id", "=", user.id)
    .executeTakeFirst();
  if (!booking) notFound();

  // ok: missing-auth, missing-input-validation
  async function cancel() {
    "use server";
    const me = await requireUser();
    // ok: missing-authorization
    await db.updateTable("bookings").set({ status: "cancelled" }).where("id", "=", id).where("user_id", "=", me.id).execute();
    revalidatePath(`/bookings/${id}`);
  }

  // ok: missing-auth
  async function pay() {
    "use server";
    const { url } = await createCheckoutForBooking(id);
    if (url) redirect(url);
  }

  // ruleid: missing-input-validation
  // ok: missing-auth
  async function saveNotes(formData: FormData) {
    "use server";
    const me = await requireUser();
    const notes = String(formData.get("notes") ?? "").slice(0, 500);
    // ruleid: missing-authorization
    await db.updateTable("bookings").set({ notes }).where("id", "=", String(formData.get("bookingId"))).execute();
    revalidatePath(`/bookings/${id}`);
    return { by: me.id };
  }

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Booking {booking.id.slice(0, 8)}</h1>
      <p>{new Date(booking.starts_at).toLocaleString()} – {new Date(booking.ends_at).toLocaleTimeString()}</p>
      <p>{formatCents(booking.price_cents)} · {booking.paid ? "Paid" : "Unpaid"} · {booking.status}</p>
      <form action={saveNotes} className="space-y-2">
        <input type="hidden" name="bookingId" value={booking.id} />
        <textarea name="notes" defaultValue={booking.notes ?? ""} className="input" />
        <button className="btn-secondary">Save notes</button>
      </form>
      <div className="flex gap-2">
        {!booking.paid && <form action={pay}><button className="btn-primary">Pay now</button></form>}
        <form action={cancel}><button className="btn-ghost text-red-600">Cancel</button></form>
      </div>
    </div>
  );
}
