import { eq } from "drizzle-orm";
import { verifySession } from "@/lib/auth/dal";
import { db } from "@/lib/db/drizzle";
import { bookings } from "@/lib/db/schema";
import { BookingForm } from "@/components/booking-form";

export default async function Dashboard() {
  const staff = await verifySession();
  const mine = await db.select({ id: bookings.id, day: bookings.day, status: bookings.status }).from(bookings).where(eq(bookings.userId, staff.userId));
  return (
    <main>
      <h1>Your bookings</h1>
      <ul>{mine.map((b) => <li key={b.id}>{b.day} — {b.status}</li>)}</ul>
      <BookingForm />
    </main>
  );
}
