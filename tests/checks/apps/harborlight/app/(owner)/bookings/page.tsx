import { myUpcomingBookings } from "@/app/actions/bookings";
import { CancelButton } from "@/components/cancel-button";

export default async function BookingsPage() {
  const bookings = await myUpcomingBookings();
  return (
    <ul>
      {bookings.map((b) => (
        <li key={b.id}>
          {b.starts_on} – {b.ends_on} ({b.status}) <CancelButton id={b.id} />
        </li>
      ))}
    </ul>
  );
}
