import { db } from "@/lib/db";
import { getMyBookings } from "@/lib/dal";
import { BookingForm } from "@/components/booking-form";
import { CancelBookingButton } from "@/components/cancel-booking-button";

export default async function BookingsPage({ searchParams }: { searchParams: Promise<{ location?: string }> }) {
  const { location } = await searchParams;
  const locations = await db.selectFrom("locations").select(["id", "name"]).where("is_public", "=", 1).execute();
  const current = locations.find((l) => l.id === location) ?? locations[0];
  const desks = current
    ? await db.selectFrom("desks").select(["id", "label"]).where("location_id", "=", current.id).where("active", "=", 1).execute()
    : [];
  const rooms = current ? await db.selectFrom("rooms").select(["id", "name"]).where("location_id", "=", current.id).execute() : [];
  const mine = await getMyBookings();

  return (
    <div className="grid grid-cols-2 gap-8">
      <section>
        <h1 className="text-2xl font-semibold mb-4">Book at {current?.name}</h1>
        {current && (
          <BookingForm
            locationId={current.id}
            options={[...desks.map((d) => ({ id: d.id, label: d.label, kind: "desk" as const })), ...rooms.map((r) => ({ id: r.id, label: r.name, kind: "room" as const }))]}
          />
        )}
      </section>
      <section>
        <h2 className="text-xl mb-2">Your bookings</h2>
        {mine.map((b) => (
          <div key={b.id} className="card flex justify-between">
            <span>{new Date(b.starts_at).toLocaleString()} · {b.status}</span>
            {b.status !== "cancelled" && <CancelBookingButton bookingId={b.id} />}
          </div>
        ))}
      </section>
    </div>
  );
}
